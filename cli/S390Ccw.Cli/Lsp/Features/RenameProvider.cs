using System.Collections.Generic;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.JsonRpc;
using S390Ccw.Cli.Lsp.Protocol;
using S390Ccw.Language.Editing;

namespace S390Ccw.Cli.Lsp.Features;

/// <summary>
/// textDocument/rename and textDocument/documentHighlight for labels and program names: the definition and
/// every use (SourceIndex), file-wide and case-sensitive as the binder resolves them.
/// </summary>
internal static class RenameProvider
{
    /// <summary>LSP "RequestFailed" (specification 3.17): the request was valid but cannot be carried out.</summary>
    public const int RequestFailed = -32803;

    public static WorkspaceEdit? Rename(DocumentSnapshot document, Position position, string newName)
    {
        var index = document.Index;
        if (index.NameAt(document.Lines.OffsetOf(position)) is not { } name) return null;
        if (!Vocabulary.IsLabelName(newName))
            throw new RpcException(RequestFailed, $"'{newName}' cannot name a label: use a letter, _, $, @ or # followed by those or digits, and no flag name or 'len'");
        if (newName != name.Name && index.FindDefinition(newName) is not null)
            throw new RpcException(RequestFailed, $"'{newName}' is already defined");
        var edits = new List<TextEdit>();
        foreach (var range in Occurrences(document, name.Name)) edits.Add(new TextEdit(range, newName));
        return new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [document.Uri] = edits.ToArray() });
    }

    /// <summary>DocumentHighlight kinds: 1 text; here every occurrence, the definition included.</summary>
    public static DocumentHighlight[] Highlights(DocumentSnapshot document, Position position)
    {
        if (document.Index.NameAt(document.Lines.OffsetOf(position)) is not { } name) return System.Array.Empty<DocumentHighlight>();
        var highlights = new List<DocumentHighlight>();
        foreach (var range in Occurrences(document, name.Name)) highlights.Add(new DocumentHighlight(range, 1));
        return highlights.ToArray();
    }

    private static IEnumerable<Range> Occurrences(DocumentSnapshot document, string name)
    {
        if (document.Index.FindDefinition(name) is { } definition) yield return document.Lines.RangeOf(definition.NameSpan);
        foreach (var reference in document.Index.ReferencesTo(name)) yield return document.Lines.RangeOf(reference.Span);
    }
}
