namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP ReferenceContext.</summary>
internal sealed record ReferenceContext(bool IncludeDeclaration);
