namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>textDocument/codeAction parameters.</summary>
internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);
