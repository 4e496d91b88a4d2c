using System;
using System.Collections.Generic;
using System.Linq;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Language.Binding;

/// <summary>File-wide labels (program names included), case-sensitive.</summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<string, Symbol> _symbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<int>> _references = new(StringComparer.Ordinal);

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

    /// <summary>Notes that the line of <paramref name="span"/> uses a label or program name, for the listing's cross-reference.</summary>
    public void Reference(string name, SourceSpan span)
    {
        if (!_references.TryGetValue(name, out var lines)) _references[name] = lines = new SortedSet<int>();
        lines.Add(span.Line);
    }

    /// <summary>The source lines that use the name, in order.</summary>
    public IReadOnlyCollection<int> ReferencesTo(string name) =>
        _references.TryGetValue(name, out var lines) ? lines : (IReadOnlyCollection<int>)Array.Empty<int>();

    /// <summary>The labels of one program, its own name included, in address order.</summary>
    public IEnumerable<Symbol> InProgram(string program) =>
        _symbols.Values.Where(s => s.Program == program).OrderBy(s => s.Value).ThenBy(s => s.Span.Line);
}
