namespace S390Ccw.Language.Syntax;

/// <summary>The parameter blocks that <c>arg</c> builds (IBM 3390 track format, home address, R0 and count area (GC26-4577), GA32-0274, "Define Extent"; Hercules ckddasd.c, GA32-0274, "Locate Record"; Hercules ckddasd.c).</summary>
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
