namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP TextDocumentItem, as didOpen sends it.</summary>
internal sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);
