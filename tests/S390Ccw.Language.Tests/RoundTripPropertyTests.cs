using System;
using System.Linq;
using S390Ccw.Language.Encoding;
using Xunit;

namespace S390Ccw.Language.Tests;

/// <summary>assemble(disassemble(b)) == b, over seeded random CCWs, chains and raw bytes.</summary>
public class RoundTripPropertyTests
{
    private const int Cases = 1500;

    [Theory]
    [InlineData(CcwFormat.Format0, 20250101)]
    [InlineData(CcwFormat.Format1, 20250102)]
    public void RandomValidChains_RoundTrip(CcwFormat format, int seed)
    {
        var random = new Random(seed);
        for (int n = 0; n < Cases; n++)
        {
            int caseSeed = random.Next();
            var r = new Random(caseSeed);
            int length = r.Next(1, 12);
            uint origin = (uint)r.Next(0, 0x1000) * 8;
            var bytes = new byte[length * 8];
            for (int i = 0; i < length; i++)
            {
                RandomCcw(r, format, origin, length).Encode(format, bytes, i * 8);
            }
            AssertRoundTrip(bytes, format, origin, $"seed {seed}, case seed {caseSeed}");
        }
    }

    [Theory]
    [InlineData(CcwFormat.Format0, 7)]
    [InlineData(CcwFormat.Format1, 8)]
    public void RandomBytes_RoundTrip(CcwFormat format, int seed)
    {
        var random = new Random(seed);
        for (int n = 0; n < Cases; n++)
        {
            int caseSeed = random.Next();
            var r = new Random(caseSeed);
            var bytes = new byte[r.Next(0, 60)];
            r.NextBytes(bytes);
            AssertRoundTrip(bytes, format, (uint)r.Next(0, 0x1000) * 8, $"seed {seed}, case seed {caseSeed}");
        }
    }

    /// <summary>A CCW the assembler accepts: a known or random valid opcode, TICs into the chain, legal counts.</summary>
    private static Ccw RandomCcw(Random r, CcwFormat format, uint origin, int length)
    {
        if (r.Next(4) == 0)
        {
            uint target = origin + (uint)(8 * r.Next(length));
            return new Ccw(CommandCodes.TransferInChannel, CcwFlags.None, 0, target);
        }
        byte command;
        if (r.Next(2) == 0)
        {
            command = CommandTable.All[r.Next(CommandTable.All.Count)].Code;
        }
        else
        {
            do command = (byte)r.Next(256);
            while (CommandClassifier.Classify(command, format) is CommandClass.Invalid or CommandClass.TransferInChannel);
        }
        if (command == CommandCodes.TransferInChannel) command = CommandCodes.Nop;
        var flags = (CcwFlags)r.Next(256);
        ushort count = (ushort)r.Next(1, 65536);
        uint limit = format == CcwFormat.Format0 ? Ccw.Format0AddressLimit : Ccw.Format1AddressLimit;
        uint address = (uint)r.Next(0, (int)Math.Min(int.MaxValue, limit - count));
        return new Ccw(command, flags, count, address);
    }

    private static void AssertRoundTrip(byte[] bytes, CcwFormat format, uint origin, string seedText)
    {
        string text = Disassembler.Disassemble(bytes, format, origin);
        var result = CcwAssembler.Assemble(text);
        var errors = result.Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, $"{seedText}: {string.Join("; ", errors.Select(e => e.ToString()))}\n{text}");
        var program = result.Programs.Single();
        Assert.True(bytes.AsSpan().SequenceEqual(program.Bytes), $"{seedText}: bytes differ\n{text}");
        Assert.Equal(origin, program.Origin);
    }
}
