namespace S390Ccw.Language.Syntax;

/// <summary>The parameter blocks that <c>arg</c> builds (s390.md §4.3, §5.2, §5.3).</summary>
internal enum ArgumentKind
{
    /// <summary>6 bytes BBCCHH for Seek.</summary>
    Seek,

    /// <summary>5 bytes CCHHR for Search ID.</summary>
    Search,

    /// <summary>16 bytes for Define Extent.</summary>
    DefineExtent,

    /// <summary>16 bytes for Locate Record.</summary>
    LocateRecord,
}
