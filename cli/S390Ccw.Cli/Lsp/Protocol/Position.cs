namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP Position: 0-based line and UTF-16 character offset (a .NET string index within the line).</summary>
internal sealed record Position(int Line, int Character);
