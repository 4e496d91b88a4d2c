using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>
/// Runs Hercules headless: <c>hercules -f CONF -d</c> with the panel script in <c>HERCULES_RC</c>
/// (Hercules channel.c display_ccw and msgenu.h (CCW trace)). Standard input stays open for the whole run (3.13 spins once it reads end of
/// file there). The script has no <c>quit</c>: with Hercules 3.13, <c>quit</c> regularly loses
/// the last lines of the log, those of <c>psw</c> and <c>r</c> included (observed: about one run
/// in ten), because the process exits before its logger thread has written them. Instead the run
/// waits for HHCPN013I (end of the script file), which the logger writes after every line the
/// script produced, and then kills the process tree. On timeout the tree is killed too, so no run
/// leaves a process behind.
/// </summary>
public static class HerculesRunner
{
    /// <summary>IPLs the image on the given device: trace on, <c>ipl</c>, <c>psw</c>, storage displays, then stop.</summary>
    public static HerculesRun Ipl(string imagePath, ushort deviceNumber, HerculesRunOptions options) =>
        Run(imagePath, deviceNumber, ipl: true, options);

    /// <summary>
    /// The same run without the <c>ipl</c> command, so that a benchmark can subtract Hercules'
    /// start-up and shut-down time from an IPL run.
    /// </summary>
    public static HerculesRun StartAndQuit(string imagePath, ushort deviceNumber, HerculesRunOptions options) =>
        Run(imagePath, deviceNumber, ipl: false, options);

    private static HerculesRun Run(string imagePath, ushort deviceNumber, bool ipl, HerculesRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(imagePath);
        ArgumentNullException.ThrowIfNull(options);
        string hercules = options.HerculesPath ?? HerculesTools.Hercules
            ?? throw new InvalidOperationException(HerculesTools.MissingReason("hercules"));

        string fullImagePath = Path.GetFullPath(imagePath);
        string configuration = HerculesScript.BuildConfiguration(fullImagePath, deviceNumber, options);
        string script = HerculesScript.BuildScript(deviceNumber, ipl, options);
        string workDirectory = Directory.CreateTempSubdirectory("s390ccw-hercules-").FullName;
        try
        {
            string configPath = Path.Combine(workDirectory, "hercules.cnf");
            string scriptPath = Path.Combine(workDirectory, "hercules.rc");
            File.WriteAllText(configPath, configuration);
            File.WriteAllText(scriptPath, script);

            HerculesProcessOutcome outcome = Execute(hercules, configPath, scriptPath, workDirectory, options.Timeout);
            if (options.KeepWorkDirectory)
                File.WriteAllText(Path.Combine(workDirectory, "hercules.log"), outcome.Log);

            HerculesLog parsed = HerculesLogParser.Parse(outcome.Log);
            return new HerculesRun(
                outcome.Log,
                parsed,
                CollectStorage(parsed, options.Storage),
                outcome.Elapsed,
                outcome.TotalElapsed,
                outcome.TimedOut,
                outcome.ScriptFinished,
                outcome.ProcessId,
                configuration,
                script,
                options.KeepWorkDirectory ? workDirectory : null);
        }
        finally
        {
            if (!options.KeepWorkDirectory)
                TryDelete(workDirectory);
        }
    }

    private static HerculesProcessOutcome Execute(string hercules, string configPath, string scriptPath, string workDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(hercules)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workDirectory,
        };
        start.ArgumentList.Add("-f");
        start.ArgumentList.Add(configPath);
        start.ArgumentList.Add("-d");
        start.Environment["HERCULES_RC"] = scriptPath;

        using var process = new Process { StartInfo = start };
        using var output = new OutputCollector();
        using var exited = new ManualResetEventSlim(false);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => exited.Set();
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.AddError(e.Data);

        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"Could not start '{hercules}': {exception.Message}", exception);
        }

        int processId = process.Id;
        try
        {
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            // Done when the script has been read to its end, or when Hercules stopped by itself
            // (it cannot start, for example); anything else is a timeout.
            TimeSpan limit = TimeSpan.FromMilliseconds(Math.Clamp(timeout.TotalMilliseconds, 0, int.MaxValue));
            bool ended = WaitHandle.WaitAny(new[] { output.ScriptFinished, exited.WaitHandle }, limit) != WaitHandle.WaitTimeout;
            bool finished = output.ScriptFinishedEvent.IsSet;
            TimeSpan work = clock.Elapsed;
            // Hercules runs no child processes in this configuration (no network devices), so a
            // plain kill suffices once the script is done; enumerating the process tree costs
            // about 100 ms on a loaded machine. After a timeout the whole tree goes.
            if (!HasExited(process))
                Kill(process, entireTree: !ended);
            process.WaitForExit(); // drains the redirected streams
            clock.Stop();
            return new HerculesProcessOutcome(
                output.ToString(),
                work,
                clock.Elapsed,
                TimedOut: !ended,
                ScriptFinished: finished,
                processId);
        }
        finally
        {
            // Whatever happened above (an exception included), the process must not outlive the run.
            if (!HasExited(process))
                Kill(process, entireTree: true);
        }
    }

    private static IReadOnlyList<HerculesStorageRange> CollectStorage(HerculesLog parsed, IReadOnlyList<HerculesStorageRequest> requests)
    {
        var ranges = new List<HerculesStorageRange>(requests.Count);
        foreach (HerculesStorageRequest request in requests)
        {
            parsed.TryReadStorage(request.Address, Math.Max(request.Length, 0), out ImmutableArray<byte> bytes);
            ranges.Add(new HerculesStorageRange(request, bytes));
        }
        return ranges;
    }

    private static void Kill(Process process, bool entireTree)
    {
        try
        {
            process.Kill(entireTree);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
        catch (Win32Exception)
        {
            // It exited, or is already being torn down.
        }
    }

    private static bool HasExited(Process process)
    {
        try
        {
            return process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; a test must not fail because of it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
