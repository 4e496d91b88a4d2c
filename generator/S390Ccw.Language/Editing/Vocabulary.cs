using System;
using System.Collections.Generic;
using S390Ccw.Language.Encoding;
using S390Ccw.Language.Parsing;

namespace S390Ccw.Language.Editing;

/// <summary>
/// The words of the language with a line of meaning each, for completion and hover: the directives the
/// parser knows, the CCW flags the operand grammar knows (in flag-byte order), and the command table.
/// The lists come from the grammar itself, so a new word reaches editors without a second list.
/// </summary>
public static class Vocabulary
{
    /// <summary>What each flag bit does (SA22-7832, ch. 15 "Channel-Command Word", the flag field).</summary>
    private static readonly Dictionary<CcwFlags, string> FlagMeanings = new()
    {
        [CcwFlags.ChainData] = "chain data: the next CCW's address and count continue this command's data",
        [CcwFlags.ChainCommand] = "chain command: on device end, fetch and execute the next CCW",
        [CcwFlags.SuppressLength] = "suppress length indication: a count that differs from the record does not end the chain",
        [CcwFlags.Skip] = "skip: input data is not stored",
        [CcwFlags.ProgramControlledInterruption] = "program-controlled interruption when the CCW is fetched",
        [CcwFlags.IndirectData] = "indirect data addressing: the address names an IDAW list",
        [CcwFlags.Suspend] = "suspend the channel program before this CCW",
        [CcwFlags.ModifiedIndirectData] = "modified indirect data addressing: the address names an MIDAW list",
    };

    private static readonly Dictionary<string, string> DirectiveMeanings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["program"] = "program NAME format0|format1 at ADDRESS: opens a channel program",
        ["volume"] = "volume VOLSER 3390 [model N | cylinders N]: opens a volume description",
        ["record"] = "record C H R [key CONTENT] data CONTENT: one CKD record of the volume",
        ["standard"] = "standard track0 ipl1=PROGRAM ipl2=PROGRAM: IPL1, IPL2 and VOL1 records of cylinder 0 head 0",
        ["psw"] = "psw VALUE: an 8-byte ESA/390 PSW (bit 12 on)",
        ["data"] = "data [byte|half|word|dword] e1, e2, ...: big-endian items",
        ["ebcdic"] = "ebcdic \"text\": code page 037, one byte per character",
        ["ascii"] = "ascii \"text\": ASCII bytes",
        ["align"] = "align N: zero bytes up to a multiple of N",
        ["space"] = "space N: N zero bytes",
        ["arg"] = "arg seek|search|define_extent|locate_record ...: an ECKD argument block",
        ["split"] = "split: the TIC that follows is a prefetch split point",
        ["CCW"] = "CCW cmd, address, flags, count: a raw CCW in HLASM operand order",
        ["READ"] = "READ cylC trkH recR -> ADDRESS: SEEK, SEARCH_ID_EQ, TIC *-8, READ_DATA; READ next -> ADDRESS: one READ_DATA",
    };

    /// <summary>Flag names in flag-byte order, with their bits.</summary>
    public static IReadOnlyList<(string Name, CcwFlags Flag)> Flags
    {
        get
        {
            var list = new List<(string, CcwFlags)>();
            foreach (var (flag, name) in OperandGrammar.CanonicalOrder) list.Add((name, flag));
            return list;
        }
    }

    /// <summary>The directive words (program, volume, READ, CCW, …) as the parser spells them.</summary>
    public static IReadOnlyList<string> Directives => new List<string>(LineParser.DirectiveNames);

    public static IReadOnlyList<CommandInfo> Commands => CommandTable.All;

    public static string FlagMeaning(CcwFlags flag) => FlagMeanings.TryGetValue(flag, out var text) ? text : flag.ToString();

    public static string? DirectiveMeaning(string word) => DirectiveMeanings.TryGetValue(word, out var text) ? text : null;

    /// <summary>Flags by name, ignoring case as the grammar does.</summary>
    public static bool TryGetFlag(string name, out CcwFlags flag)
    {
        foreach (var (f, n) in OperandGrammar.CanonicalOrder)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                flag = f;
                return true;
            }
        }
        flag = CcwFlags.None;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="name"/> can name a label: a letter, _, $, @ or # followed by those or digits,
    /// and not a word operands reserve (flags, len), which the parser never reads as a label.
    /// </summary>
    public static bool IsLabelName(string name)
    {
        if (string.IsNullOrEmpty(name) || !Lexemes.IsNameStart(name[0])) return false;
        foreach (char c in name)
        {
            if (!Lexemes.IsNamePart(c)) return false;
        }
        return !ExpressionGrammar.IsReserved(name);
    }

    /// <summary>"CC|SLI" for a flag byte, in flag-byte order; "none" for zero.</summary>
    public static string FlagNames(CcwFlags flags)
    {
        var names = new List<string>();
        foreach (var (f, n) in OperandGrammar.CanonicalOrder)
        {
            if ((flags & f) != 0) names.Add(n);
        }
        return names.Count == 0 ? "none" : string.Join("|", names);
    }
}
