namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP CompletionList.</summary>
internal sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);
