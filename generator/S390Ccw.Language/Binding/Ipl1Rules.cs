using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Encoding;
using S390Ccw.Language.Syntax;

namespace S390Ccw.Language.Binding;

/// <summary>
/// The IPL1 record is what the implied IPL CCW reads into 0-23 (SA22-7832 ch. 17, "Initial Program Loading"; Hercules ipl.c load_ipl): a PSW, then two
/// format-0 CCWs that the channel runs at 0x08 and 0x10. The program must be exactly that.
/// </summary>
internal static class Ipl1Rules
{
    public static void Check(ProgramSection program, SourceSpan span, DiagnosticBag diagnostics)
    {
        string? reason = null;
        int ccws = 0;
        bool pswFirst = false;
        bool first = true;
        foreach (var item in program.Items)
        {
            if (item.Size == 0) continue;
            if (first) pswFirst = item.Statement is PswStatement;
            first = false;
            ccws += item.Statement switch
            {
                CommandStatement or RawCcwStatement => 1,
                ReadStatement read => read.IsNext ? 1 : 4,
                _ => 0,
            };
        }
        if (program.Format != CcwFormat.Format0) reason = "it is format1";
        else if (program.Origin != 0) reason = $"it is placed at 0x{program.Origin:X}";
        else if (!pswFirst) reason = "it does not start with a psw";
        else if (ccws != 2) reason = $"it has {ccws} CCWs";
        else if (program.TotalSize != 24) reason = $"it is {program.TotalSize} bytes long";
        if (reason is not null) diagnostics.Report(DiagnosticCatalog.BadIpl1Record, span, program.Name, reason);
    }
}
