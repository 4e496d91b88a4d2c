namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP VersionedTextDocumentIdentifier.</summary>
internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);
