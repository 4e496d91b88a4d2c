using System;
using System.IO;

namespace S390Ccw.Hercules.Tests.Support;

/// <summary>
/// Saved Hercules 3.13 logs, so the parser is tested where Hercules is absent. Set
/// S390CCW_HERCULES_FIXTURES to a directory and run the Hercules tests to record fresh ones.
/// </summary>
public static class FixtureLogs
{
    public const string RecordVariable = "S390CCW_HERCULES_FIXTURES";

    public static string Load(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static void SaveIfRequested(string name, string log)
    {
        string? directory = Environment.GetEnvironmentVariable(RecordVariable);
        if (string.IsNullOrEmpty(directory))
            return;
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name), log);
    }
}
