namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP CompletionItem. Kind: 14 keyword, 3 function (mnemonic), 20 enum member (flag), 6 variable (label), 9 module (program).</summary>
internal sealed record CompletionItem(string Label, int Kind, string? Detail, string? SortText = null);
