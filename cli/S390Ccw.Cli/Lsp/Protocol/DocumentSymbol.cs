namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP DocumentSymbol (hierarchical outline). Kind: 12 function (program), 20 key (label), 2 module (volume), 23 struct (record).</summary>
internal sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[]? Children);
