using System.Globalization;
using Microsoft.CodeAnalysis;

namespace S390Ccw.Generator.Helpers;

/// <summary>
/// The .ccw text of an inline program, <c>[ChannelProgram("…")] static partial ChannelProgram M();</c>: a
/// <c>program M formatF at ORIGIN</c> line, then the attribute's string. One builder, linked into the
/// generator and the analyzers, so both assemble exactly the same text (and both default to the same
/// origin and format as ChannelProgramAttribute).
/// </summary>
internal static class InlineProgramSource
{
    /// <summary>ChannelProgramAttribute.Origin's default.</summary>
    public const uint DefaultOrigin = 0x1000;

    /// <summary>ChannelProgramAttribute.Format's default (CcwFormat.Format0).</summary>
    public const int DefaultFormat = 0;

    /// <summary>
    /// The text, and where the string's value starts in it. Blank lines before the header put the
    /// string's first line on <paramref name="firstValueLine"/> (1-based), so that the line numbers
    /// the language core writes into its messages are the C# file's lines (exact for verbatim and raw
    /// strings, whose lines are the file's).
    /// </summary>
    public static (string Text, int ValueOffset) Build(string methodName, int format, uint origin, string value, int firstValueLine)
    {
        string padding = new('\n', System.Math.Max(0, firstValueLine - 2));
        string header = padding + string.Format(CultureInfo.InvariantCulture, "program {0} format{1} at 0x{2:X}\n", methodName, format, origin);
        return (header + value, header.Length);
    }

    /// <summary>Format and Origin as the attribute's named arguments give them, whatever integer type the constant has.</summary>
    public static void ReadArguments(AttributeData attribute, out int format, out uint origin, out long rawOrigin)
    {
        format = DefaultFormat;
        origin = DefaultOrigin;
        rawOrigin = DefaultOrigin;
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Value.Value is null) continue;
            long number = named.Value.Value switch
            {
                int i => i,
                uint u => u,
                long l => l,
                ulong ul => unchecked((long)ul),
                short s => s,
                ushort us => us,
                byte b => b,
                sbyte sb => sb,
                _ => long.MinValue,
            };
            if (named.Key == "Format" && number != long.MinValue) format = (int)number;
            if (named.Key == "Origin" && number != long.MinValue)
            {
                rawOrigin = number;
                origin = unchecked((uint)number);
            }
        }
    }
}
