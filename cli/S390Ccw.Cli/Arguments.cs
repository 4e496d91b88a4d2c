using System;
using System.Globalization;
using S390Ccw.Language.Devices;

namespace S390Ccw.Cli;

/// <summary>Parses the small value syntaxes of the command line: addresses, C,H,R and ADDRESS.LENGTH.</summary>
internal static class Arguments
{
    /// <summary>An address or length: decimal, 0x hex, or X'..' hex; a bare "2000" in a dump is hex as in Hercules' r command only where the caller says so.</summary>
    public static long ParseNumber(string text, string what, bool hexByDefault = false)
    {
        string t = text.Trim();
        bool ok;
        long value;
        if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            ok = long.TryParse(t.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        else if ((t.StartsWith("X'", StringComparison.OrdinalIgnoreCase)) && t.EndsWith('\'') && t.Length > 3)
            ok = long.TryParse(t.AsSpan(2, t.Length - 3), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        else
            ok = long.TryParse(t, hexByDefault ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out value);
        if (!ok || value < 0) throw new CliException($"'{text}' is not a valid {what}; write it as decimal, 0x hex or X'..' hex");
        return value;
    }

    /// <summary>A device number: 1 to 4 hex digits (0120, 0x0120), as Hercules' configuration and ipl command write it.</summary>
    public static ushort ParseDeviceNumber(string text)
    {
        string t = text.Trim();
        if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) t = t[2..];
        if (t.Length is < 1 or > 4 || !ushort.TryParse(t, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort value))
            throw new CliException($"--devno '{text}' is not a device number; write 1 to 4 hex digits, for example 0120");
        return value;
    }

    /// <summary><c>C,H,R</c> (decimal).</summary>
    public static Cchhr ParseRecord(string text)
    {
        var parts = text.Split(',');
        if (parts.Length != 3) throw new CliException($"'{text}' is not a record address; write it as C,H,R (for example 0,0,2)");
        return new Cchhr((int)ParseNumber(parts[0], "cylinder"), (int)ParseNumber(parts[1], "head"), (int)ParseNumber(parts[2], "record"));
    }

    /// <summary><c>C,H</c> (decimal).</summary>
    public static (int Cylinder, int Head) ParseTrack(string text)
    {
        var parts = text.Split(',');
        if (parts.Length != 2) throw new CliException($"'{text}' is not a track address; write it as C,H (for example 0,0)");
        return ((int)ParseNumber(parts[0], "cylinder"), (int)ParseNumber(parts[1], "head"));
    }

    /// <summary><c>ADDRESS.LENGTH</c>, hex as Hercules' <c>r</c> command takes it (r 10000.40), or with 0x / decimal prefixes.</summary>
    public static (long Address, int Length) ParseDump(string text)
    {
        int dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == text.Length - 1) throw new CliException($"'{text}' is not a dump range; write it as ADDRESS.LENGTH in hex, for example 10000.40");
        long address = ParseNumber(text[..dot], "dump address", hexByDefault: true);
        long length = ParseNumber(text[(dot + 1)..], "dump length", hexByDefault: true);
        if (length is 0 or > 1024 * 1024) throw new CliException($"dump length {length} is out of range (1 to 1 MiB)");
        return (address, (int)length);
    }
}
