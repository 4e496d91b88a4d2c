using BenchmarkDotNet.Running;

namespace S390Ccw.Benchmarks;

/// <summary>
/// Runs the figures the issues ask for: `dotnet run -c Release --project tests/S390Ccw.Benchmarks -- --filter '*'`.
/// Each benchmark class documents its floor and the ratio it reports.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
