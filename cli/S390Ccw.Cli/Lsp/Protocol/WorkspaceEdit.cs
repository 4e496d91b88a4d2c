using System.Collections.Generic;

namespace S390Ccw.Cli.Lsp.Protocol;

/// <summary>LSP WorkspaceEdit in its 'changes' form: edits by document URI.</summary>
internal sealed record WorkspaceEdit(IReadOnlyDictionary<string, TextEdit[]> Changes);
