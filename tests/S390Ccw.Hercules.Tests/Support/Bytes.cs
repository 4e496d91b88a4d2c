using System.Collections.Immutable;
using S390Ccw.TestSupport.Hercules;

namespace S390Ccw.Hercules.Tests.Support;

/// <summary>Hex literals for golden bytes, written the way the architecture documents group them.</summary>
public static class Bytes
{
    public static byte[] Of(string hex) =>
        Hex.TryParse(hex, out ImmutableArray<byte> bytes) ? bytes.AsSpan().ToArray() : throw new System.FormatException(hex);

    public static byte[] Concat(params byte[][] parts)
    {
        int length = 0;
        foreach (byte[] part in parts)
            length += part.Length;
        var result = new byte[length];
        int offset = 0;
        foreach (byte[] part in parts)
        {
            part.CopyTo(result, offset);
            offset += part.Length;
        }
        return result;
    }
}
