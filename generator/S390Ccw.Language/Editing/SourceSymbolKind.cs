namespace S390Ccw.Language.Editing;

/// <summary>What a named thing of a .ccw file is, for an editor's outline and navigation.</summary>
public enum SourceSymbolKind
{
    Program,
    Label,
    Volume,
    Record,
}
