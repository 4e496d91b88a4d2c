using System;
using System.Collections.Generic;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Language.Binding;

/// <summary>File-wide labels (program names included), case-sensitive.</summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<string, Symbol> _symbols = new(StringComparer.Ordinal);

    public bool TryGet(string name, out Symbol symbol) => _symbols.TryGetValue(name, out symbol!);

    /// <summary>Defines a label; a second definition is CCW0101 at its span and is ignored.</summary>
    public bool Define(Symbol symbol, DiagnosticBag diagnostics)
    {
        if (_symbols.TryGetValue(symbol.Name, out var existing))
        {
            diagnostics.Report(DiagnosticCatalog.DuplicateLabel, symbol.Span, symbol.Name, existing.Span.Line);
            return false;
        }
        _symbols.Add(symbol.Name, symbol);
        return true;
    }
}
