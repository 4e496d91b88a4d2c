using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace S390Ccw.TestSupport.Hercules;

/// <summary>
/// Reads a Hercules 3.13 log (panel output of a headless run). Line formats observed with
/// Hercules 3.13 (Debian build) and recorded in the fixtures of S390Ccw.Hercules.Tests:
/// <code>
/// HHCCP048I 0120:CCW=06002000 60000008=>00000000 00000000 00000000 00000000 ................
/// HHCCP075I 0120:Stat=0C00 Count=0000 =>06003000 00000010 00000000 00000000 ................
/// HHCCP076I 0120:Sense=00080000 00000000 00000000 00000000 00000000 00000000
/// HHCCP077I 0120:Sense=NRF
/// HHCCP029E ESA/390 mode IPL failed: CSW status=0E00
/// HHCCP030E ESA/390 mode IPL failed: Invalid IPL PSW: 00060000 0000000F
/// HHCCP011I CPU0000: Disabled wait state
/// PSW=000A0000 0000BEEF
/// R:00003000:K:06=A0A1A2A3 A4A5A6A7 A8A9AAAB ACADAEAF  .~stuvwxyz...[..
/// </code>
/// The CPU thread writes HHCCP011I while the panel thread runs the script, and 3.13 writes that
/// message's continuation separately, so other output can land inside it (a row shows up as
/// <c>          R:00000000:...</c>). The patterns therefore match anywhere in a line, never anchored.
/// The message-ID and device prefixes are optional, so a trace rendered in Hercules' style by
/// other tools (<c>CCW=... </c> / <c>Stat=... Count=...</c>) parses too.
/// </summary>
public static partial class HerculesLogParser
{
    private const string Word = "[0-9A-Fa-f]{8}";

    [GeneratedRegex(@"(?:HHCCP048I\s+)?(?:(?<dev>[0-9A-Fa-f]{4}):)?CCW=(?<ccw>" + Word + " " + Word + @")(?:=>(?<data>" + Word + "(?: " + Word + "){0,3}))?")]
    private static partial Regex CcwLine();

    [GeneratedRegex(@"(?:HHCCP075I\s+)?(?:(?<dev>[0-9A-Fa-f]{4}):)?Stat=(?<stat>[0-9A-Fa-f]{4})\s+Count=(?<count>[0-9A-Fa-f]{4})(?:\s*=>(?<data>" + Word + "(?: " + Word + "){0,3}))?")]
    private static partial Regex StatLine();

    [GeneratedRegex(@"(?:HHCCP076I\s+)?(?:(?<dev>[0-9A-Fa-f]{4}):)?Sense=(?<sense>" + Word + "(?: " + Word + @")*)\s*$")]
    private static partial Regex SenseBytesLine();

    [GeneratedRegex(@"HHCCP077I\s+(?:(?<dev>[0-9A-Fa-f]{4}):)?Sense=(?<text>.*?)\s*$")]
    private static partial Regex SenseTextLine();

    [GeneratedRegex(@"HHCCP011I\s+CPU[0-9A-Fa-f]{4}:\s*Disabled wait state")]
    private static partial Regex DisabledWaitLine();

    [GeneratedRegex(@"PSW=(?<psw>" + Word + "(?: " + Word + "){1,3})")]
    private static partial Regex PswLine();

    [GeneratedRegex(@"R:(?<addr>[0-9A-Fa-f]{8}(?:[0-9A-Fa-f]{8})?):(?:K:(?<key>[0-9A-Fa-f]{2})=(?<bytes>" + Word + "(?: " + Word + @"){0,3})|\s*Real address is not valid)")]
    private static partial Regex StorageRowLine();

    [GeneratedRegex(@"(?<id>HHC[A-Z]{2}\d{3}E)\s+(?<text>.*)$")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"IPL failed:\s*Invalid IPL PSW:\s*(?<psw>" + Word + " " + Word + ")")]
    private static partial Regex InvalidPswText();

    [GeneratedRegex(@"IPL failed:\s*CSW status=(?<stat>[0-9A-Fa-f]{4})")]
    private static partial Regex CswStatusText();

    /// <summary>Parses a whole log. Lines it does not know are skipped; it never throws on odd text.</summary>
    public static HerculesLog Parse(string log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var trace = new List<HerculesCcwTraceEntry>();
        var rows = ImmutableArray.CreateBuilder<HerculesStorageRow>();
        var errors = ImmutableArray.CreateBuilder<string>();
        ImmutableArray<byte> psw = ImmutableArray<byte>.Empty;
        bool disabledWait = false;
        HerculesIplFailure? failure = null;

        string[] lines = log.Split('\n');
        for (int index = 0; index < lines.Length; index++)
        {
            string line = lines[index].TrimEnd('\r');
            int lineNumber = index + 1;
            Match match;

            if ((match = CcwLine().Match(line)).Success)
            {
                trace.Add(new HerculesCcwTraceEntry(
                    lineNumber,
                    Device(match),
                    Hex.ParseValidated(match.Groups["ccw"].Value),
                    match.Groups["data"].Success ? Hex.ParseValidated(match.Groups["data"].Value) : ImmutableArray<byte>.Empty));
                continue;
            }
            if ((match = StatLine().Match(line)).Success)
            {
                int owner = LastEntryOf(trace, Device(match), entry => entry.Status is null);
                if (owner >= 0)
                {
                    ushort stat = ParseHalfword(match.Groups["stat"].Value);
                    var status = new HerculesCcwStatus(
                        (byte)(stat >> 8),
                        (byte)stat,
                        ParseHalfword(match.Groups["count"].Value),
                        match.Groups["data"].Success ? Hex.ParseValidated(match.Groups["data"].Value) : ImmutableArray<byte>.Empty);
                    trace[owner] = trace[owner].WithStatus(status);
                }
                continue;
            }
            if ((match = SenseTextLine().Match(line)).Success)
            {
                int owner = LastEntryOf(trace, Device(match), entry => entry.SenseText is null);
                if (owner >= 0)
                    trace[owner] = trace[owner].WithSenseText(match.Groups["text"].Value);
                continue;
            }
            if ((match = SenseBytesLine().Match(line)).Success)
            {
                int owner = LastEntryOf(trace, Device(match), entry => entry.Sense.IsEmpty);
                if (owner >= 0)
                    trace[owner] = trace[owner].WithSense(Hex.ParseValidated(match.Groups["sense"].Value));
                continue;
            }
            if (DisabledWaitLine().IsMatch(line))
                disabledWait = true;
            if ((match = PswLine().Match(line)).Success)
                psw = Hex.ParseValidated(match.Groups["psw"].Value);
            if ((match = StorageRowLine().Match(line)).Success)
                rows.Add(StorageRow(match, lineNumber));
            if ((match = ErrorLine().Match(line)).Success)
            {
                string message = line.Substring(match.Index).Trim();
                errors.Add(message);
                failure ??= IplFailure(match, message, lineNumber, trace);
            }
        }

        return new HerculesLog(
            trace.ToImmutableArray(), psw, disabledWait, failure, rows.ToImmutable(), errors.ToImmutable());
    }

    private static HerculesIplFailure? IplFailure(Match error, string message, int lineNumber, List<HerculesCcwTraceEntry> trace)
    {
        string id = error.Groups["id"].Value;
        string text = error.Groups["text"].Value;
        Match detail;
        if ((detail = InvalidPswText().Match(text)).Success)
            return new HerculesIplFailure(HerculesIplFailureKind.InvalidPsw, message, lineNumber,
                psw: Hex.ParseValidated(detail.Groups["psw"].Value));
        if ((detail = CswStatusText().Match(text)).Success)
        {
            // The sense that belongs to the failure is the one printed for the chain's last CCW.
            ImmutableArray<byte> sense = trace.Count > 0 ? trace[^1].Sense : ImmutableArray<byte>.Empty;
            return new HerculesIplFailure(HerculesIplFailureKind.IoError, message, lineNumber,
                status: ParseHalfword(detail.Groups["stat"].Value), sense: sense);
        }
        // HHCCP027E is what the ipl command prints when the device did not initialise.
        if (id == "HHCCP027E")
            return new HerculesIplFailure(HerculesIplFailureKind.DeviceNotInConfiguration, message, lineNumber);
        if (text.Contains("IPL failed", StringComparison.Ordinal))
            return new HerculesIplFailure(HerculesIplFailureKind.Other, message, lineNumber);
        return null;
    }

    private static HerculesStorageRow StorageRow(Match match, int lineNumber)
    {
        uint address = (uint)ulong.Parse(match.Groups["addr"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (!match.Groups["key"].Success)
            return new HerculesStorageRow(lineNumber, address, null, ImmutableArray<byte>.Empty);
        return new HerculesStorageRow(
            lineNumber,
            address,
            byte.Parse(match.Groups["key"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            Hex.ParseValidated(match.Groups["bytes"].Value));
    }

    /// <summary>The index of the latest entry for the device, if it still lacks what the line supplies.</summary>
    private static int LastEntryOf(List<HerculesCcwTraceEntry> trace, ushort? device, Func<HerculesCcwTraceEntry, bool> lacking)
    {
        for (int i = trace.Count - 1; i >= 0; i--)
        {
            if (device is not null && trace[i].DeviceNumber is not null && trace[i].DeviceNumber != device)
                continue;
            return lacking(trace[i]) ? i : -1;
        }
        return -1;
    }

    private static ushort? Device(Match match) =>
        match.Groups["dev"].Success ? ParseHalfword(match.Groups["dev"].Value) : null;

    private static ushort ParseHalfword(string hex) =>
        ushort.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
