using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using S390Ccw.Language.Binding;
using S390Ccw.Language.Encoding;
using S390Ccw.Language.Parsing;

namespace S390Ccw.Language;

/// <summary>
/// Turns bytes (a record, a memory dump) back into canonical source that <see cref="CcwAssembler"/>
/// assembles to the same bytes. Each doubleword that is a CCW the assembler accepts without error
/// becomes a mnemonic (or the raw <c>CCW</c> form for codes without one); every other doubleword
/// becomes <c>data dword</c> (<c>psw</c> at address 0 when it is a valid IPL PSW), and a tail shorter
/// than 8 bytes becomes <c>data byte</c>. TIC targets inside the bytes get labels.
/// </summary>
public static class Disassembler
{
    /// <summary>The program name the disassembly declares.</summary>
    public const string ProgramName = "disassembly";

    public static string Disassemble(byte[] bytes, CcwFormat format, uint origin)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        return Disassemble(bytes, 0, bytes.Length, format, origin);
    }

    /// <param name="bytes">The storage image.</param>
    /// <param name="offset">Where in <paramref name="bytes"/> the program starts.</param>
    /// <param name="length">How many bytes to disassemble.</param>
    /// <param name="format">The CCW format to read the doublewords in.</param>
    /// <param name="origin">The storage address of the first byte; doubleword aligned.</param>
    public static string Disassemble(byte[] bytes, int offset, int length, CcwFormat format, uint origin)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        if (offset < 0 || length < 0 || offset > bytes.Length - length) throw new ArgumentOutOfRangeException(nameof(length));
        if (origin % 8 != 0) throw new ArgumentException("The origin must be doubleword aligned (a program statement requires it).", nameof(origin));
        long limit = format == CcwFormat.Format0 ? Ccw.Format0AddressLimit : Ccw.Format1AddressLimit;
        if (origin + (long)length > limit) throw new ArgumentOutOfRangeException(nameof(origin), "The bytes extend beyond what the CCW format addresses.");

        int words = length / 8;
        var ccws = new Ccw?[words];
        for (int i = 0; i < words; i++)
        {
            var ccw = Ccw.Decode(format, bytes, offset + (8 * i));
            if (IsCanonical(ccw, format, bytes, offset + (8 * i))) ccws[i] = ccw;
        }
        // A TIC to a TIC is an error the assembler reports, so such a TIC stays data.
        var labels = new HashSet<uint>();
        for (int i = 0; i < words; i++)
        {
            if (ccws[i] is not { } ccw || !ccw.IsTransferInChannel(format)) continue;
            uint target = format == CcwFormat.Format0 ? ccw.DataAddress & 0x00FF_FFFF : ccw.DataAddress;
            long index = ((long)target - origin) / 8;
            if (target >= origin && index < words)
            {
                var at = Ccw.Decode(format, bytes, offset + (int)(8 * index));
                if (at.IsTransferInChannel(format))
                {
                    ccws[i] = null;
                    continue;
                }
                labels.Add(target);
            }
        }

        var sb = new StringBuilder();
        sb.Append("; disassembled: ").Append(length.ToString(CultureInfo.InvariantCulture)).Append(" bytes from 0x")
            .Append(origin.ToString("X", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("program ").Append(ProgramName).Append(format == CcwFormat.Format0 ? " format0" : " format1")
            .Append(" at 0x").Append(origin.ToString("X", CultureInfo.InvariantCulture)).Append('\n');
        for (int i = 0; i < words; i++)
        {
            uint address = origin + (uint)(8 * i);
            if (labels.Contains(address)) sb.Append(Label(address)).Append(':');
            sb.Append("    ");
            if (ccws[i] is { } ccw) AppendCcw(sb, ccw, format, labels);
            else AppendData(sb, bytes, offset + (8 * i), address);
            sb.Append('\n');
        }
        int tail = length % 8;
        if (tail > 0)
        {
            sb.Append("    data byte ");
            for (int i = 0; i < tail; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append("0x").Append(bytes[offset + (8 * words) + i].ToString("X2", CultureInfo.InvariantCulture));
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static bool IsCanonical(Ccw ccw, CcwFormat format, byte[] bytes, int at)
    {
        if (CommandClassifier.Classify(ccw.Command, format) == CommandClass.Invalid) return false;
        // Format-0 byte 5 is not part of the CCW; a non-zero one would not come back.
        if (format == CcwFormat.Format0 && bytes[at + 5] != 0) return false;
        if (ccw.IsTransferInChannel(format))
        {
            uint target = format == CcwFormat.Format0 ? ccw.DataAddress & 0x00FF_FFFF : ccw.DataAddress;
            if ((target & 7) != 0) return false;
        }
        return CcwChecks.IsClean(ccw, format);
    }

    private static void AppendCcw(StringBuilder sb, Ccw ccw, CcwFormat format, HashSet<uint> labels)
    {
        bool tic = ccw.IsTransferInChannel(format);
        string address = tic && labels.Contains(ccw.DataAddress) ? Label(ccw.DataAddress) : Hex(ccw.DataAddress);
        if (tic && ccw.Command == CommandCodes.TransferInChannel && ccw.Flags == CcwFlags.None && ccw.Count == 0)
        {
            sb.Append("TIC ").Append(address);
            return;
        }
        if (!tic && CommandTable.TryGet(ccw.Command, out var info))
        {
            sb.Append(info.Mnemonic).Append(' ').Append(address);
            foreach (var (flag, name) in OperandGrammar.CanonicalOrder)
            {
                if (ccw.Has(flag)) sb.Append(", ").Append(name);
            }
            sb.Append(", len ").Append(ccw.Count.ToString(CultureInfo.InvariantCulture));
            return;
        }
        sb.Append("CCW 0x").Append(ccw.Command.ToString("X2", CultureInfo.InvariantCulture)).Append(", ").Append(address).Append(", ");
        if (ccw.Flags == CcwFlags.None)
        {
            sb.Append('0');
        }
        else
        {
            bool first = true;
            foreach (var (flag, name) in OperandGrammar.CanonicalOrder)
            {
                if (!ccw.Has(flag)) continue;
                if (!first) sb.Append('|');
                sb.Append(name);
                first = false;
            }
        }
        sb.Append(", ").Append(ccw.Count.ToString(CultureInfo.InvariantCulture));
    }

    private static void AppendData(StringBuilder sb, byte[] bytes, int at, uint address)
    {
        ulong value = 0;
        for (int i = 0; i < 8; i++) value = (value << 8) | bytes[at + i];
        bool psw = address == 0 && (value & DataEmitter.PswBit12) != 0;
        sb.Append(psw ? "psw 0x" : "data dword 0x")
            .Append((value >> 32).ToString("X8", CultureInfo.InvariantCulture)).Append('_')
            .Append((value & 0xFFFF_FFFF).ToString("X8", CultureInfo.InvariantCulture));
    }

    private static string Label(uint address) => "L" + address.ToString("X8", CultureInfo.InvariantCulture);

    private static string Hex(uint value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture);
}
