using System;
using System.Diagnostics;
using System.IO;

namespace S390Ccw.Cli.Output;

/// <summary>
/// A one-line progress bar on standard error, drawn only on a terminal (none when output is redirected)
/// and only for work that lasts long enough to notice.
/// </summary>
internal sealed class ProgressBar : IProgress<double>, IDisposable
{
    private readonly TextWriter _writer;
    private readonly string _label;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _lastPercent = -1;
    private bool _drawn;

    private ProgressBar(TextWriter writer, string label)
    {
        _writer = writer;
        _label = label;
    }

    public static ProgressBar? For(CliConsole console, string label) =>
        console.IsInteractive ? new ProgressBar(console.Error, label) : null;

    public void Report(double value)
    {
        int percent = (int)Math.Clamp(value * 100, 0, 100);
        if (percent == _lastPercent || _clock.ElapsedMilliseconds < 300) return;
        _lastPercent = percent;
        int filled = percent * 30 / 100;
        _writer.Write($"\r{_label} [{new string('#', filled)}{new string('.', 30 - filled)}] {percent,3}%");
        _drawn = true;
    }

    public void Complete()
    {
        if (_drawn) Report(1.0);
    }

    public void Dispose()
    {
        if (_drawn) _writer.WriteLine();
    }
}
