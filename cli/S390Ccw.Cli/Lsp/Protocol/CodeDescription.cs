namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP CodeDescription: where a diagnostic code is explained.</summary>
internal sealed record CodeDescription(string Href);
