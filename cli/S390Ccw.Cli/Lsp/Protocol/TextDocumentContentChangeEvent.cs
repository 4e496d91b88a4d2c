namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>One change of textDocument/didChange: a range and its new text, or (no range) the whole new text.</summary>
internal sealed record TextDocumentContentChangeEvent(Range? Range, string Text);
