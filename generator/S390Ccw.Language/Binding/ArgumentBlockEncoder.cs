using System;
using S390Ccw.Language.Parsing;
using S390Ccw.Language.Syntax;

namespace S390Ccw.Language.Binding;

/// <summary>
/// Lays out the named fields of an argument block. Seek: BBCCHH with BB zero (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c).
/// Search ID: CCHHR (IBM 3390 track format, home address, R0 and count area (GC26-4577)). Define Extent (GA32-0274, "Define Extent"; Hercules ckddasd.c): 0 file mask, 1 global attributes (default 0xC0:
/// bits 0-1 = 11, ECKD mode, which Hercules requires), 2-3 block size, 8-11 begin CCHH, 12-15 end CCHH.
/// Locate Record (GA32-0274, "Locate Record"; Hercules ckddasd.c): 0 orientation (bits 0-1) and operation (bits 2-7), 1 auxiliary, 3 count,
/// 4-7 seek CCHH, 8-12 search CCHHR, 13 sector, 14-15 transfer length factor. Unnamed fields are zero.
/// </summary>
internal sealed class ArgumentBlockEncoder
{
    private readonly ExpressionEvaluator _evaluator;

    public ArgumentBlockEncoder(ExpressionEvaluator evaluator)
    {
        _evaluator = evaluator;
    }

    public void Encode(ArgumentBlockStatement block, long location, byte[] buffer, int offset)
    {
        Array.Clear(buffer, offset, block.Size);
        if (block.Kind == ArgumentKind.DefineExtent) buffer[offset + 1] = 0xC0;
        foreach (var field in block.Fields)
        {
            string name = field.Name.Text.ToLowerInvariant();
            switch (block.Kind)
            {
                case ArgumentKind.Seek:
                    Put(field, 0, location, name == "cyl" ? 2 : 4, 2, buffer, offset);
                    break;
                case ArgumentKind.Search:
                    if (name == "rec") Put(field, 0, location, 4, 1, buffer, offset);
                    else Put(field, 0, location, name == "cyl" ? 0 : 2, 2, buffer, offset);
                    break;
                case ArgumentKind.DefineExtent:
                    switch (name)
                    {
                        case "mask": Put(field, 0, location, 0, 1, buffer, offset); break;
                        case "attributes": Put(field, 0, location, 1, 1, buffer, offset); break;
                        case "blksize": Put(field, 0, location, 2, 2, buffer, offset); break;
                        case "begin": PutCchh(field, location, 8, buffer, offset); break;
                        default: PutCchh(field, location, 12, buffer, offset); break;
                    }
                    break;
                default:
                    EncodeLocateRecordField(field, name, location, buffer, offset);
                    break;
            }
        }
    }

    private void EncodeLocateRecordField(ArgumentField field, string name, long location, byte[] buffer, int offset)
    {
        switch (name)
        {
            case "orient":
                int orientation = ArgumentGrammar.Orientations[field.Word!.Value.Text];
                buffer[offset] = (byte)((buffer[offset] & 0x3F) | (orientation << 6));
                break;
            case "op":
                if (_evaluator.TryEvaluateInRange(field.Values[0], location, null, "operation code", 0, 63, out long op))
                    buffer[offset] = (byte)((buffer[offset] & 0xC0) | (int)op);
                break;
            case "aux": Put(field, 0, location, 1, 1, buffer, offset); break;
            case "count": Put(field, 0, location, 3, 1, buffer, offset); break;
            case "seek": PutCchh(field, location, 4, buffer, offset); break;
            case "search":
                PutCchh(field, location, 8, buffer, offset);
                Put(field, 2, location, 12, 1, buffer, offset);
                break;
            case "sector": Put(field, 0, location, 13, 1, buffer, offset); break;
            default: Put(field, 0, location, 14, 2, buffer, offset); break;
        }
    }

    private void PutCchh(ArgumentField field, long location, int at, byte[] buffer, int offset)
    {
        Put(field, 0, location, at, 2, buffer, offset);
        Put(field, 1, location, at + 2, 2, buffer, offset);
    }

    private void Put(ArgumentField field, int index, long location, int at, int size, byte[] buffer, int offset)
    {
        long max = size == 1 ? 0xFF : 0xFFFF;
        if (_evaluator.TryEvaluateInRange(field.Values[index], location, null, "'" + field.Name.Text + "'", 0, max, out long value))
            DataEmitter.WriteBigEndian(buffer, offset + at, size, (ulong)value);
    }
}
