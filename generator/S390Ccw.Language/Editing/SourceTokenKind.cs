namespace S390Ccw.Language.Editing;

/// <summary>The classes of words the syntax tree knows, for semantic highlighting.</summary>
public enum SourceTokenKind
{
    /// <summary>A directive word: program, volume, record, psw, data, arg, split, READ, CCW, …</summary>
    Keyword,

    /// <summary>A command mnemonic of the command table (READ_DATA, TIC, …).</summary>
    Mnemonic,

    /// <summary>A CCW flag (CC, SLI, …) or a keyword value of an argument field (orient data).</summary>
    Flag,

    /// <summary>A field name of an argument block (cyl, head, mask, …).</summary>
    Field,

    /// <summary>A label where it is defined.</summary>
    LabelDefinition,

    /// <summary>A program name where it is defined.</summary>
    ProgramDefinition,

    /// <summary>A volume serial where it is defined.</summary>
    VolumeDefinition,

    /// <summary>A use of a label or a program name.</summary>
    SymbolReference,

    Number,

    String,
}
