using System.Collections.Generic;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.Protocol;
using S390Ccw.Language;
using S390Ccw.Language.Editing;

namespace S390Ccw.Cli.Lsp.Features;

/// <summary>textDocument/documentSymbol: programs with their labels, volumes with their records.</summary>
internal static class DocumentSymbolProvider
{
    // LSP SymbolKind values (specification 3.17).
    private const int Module = 2;
    private const int Function = 12;
    private const int Struct = 23;
    private const int Key = 20;

    public static DocumentSymbol[] Symbols(DocumentSnapshot document)
    {
        var top = new List<(SourceSymbol Symbol, List<SourceSymbol> Children)>();
        foreach (var symbol in document.Index.Symbols)
        {
            bool isContainer = symbol.Kind is SourceSymbolKind.Program or SourceSymbolKind.Volume;
            if (isContainer || top.Count == 0 || symbol.Container is null) top.Add((symbol, new List<SourceSymbol>()));
            else top[top.Count - 1].Children.Add(symbol);
        }
        var result = new List<DocumentSymbol>();
        foreach (var (symbol, children) in top)
        {
            var items = new List<DocumentSymbol>();
            foreach (var child in children) items.Add(Convert(document, child, child.StatementSpan, null));
            var extent = children.Count == 0 ? symbol.StatementSpan : Cover(symbol.StatementSpan, children[children.Count - 1].StatementSpan);
            result.Add(Convert(document, symbol, extent, items.ToArray()));
        }
        return result.ToArray();
    }

    private static DocumentSymbol Convert(DocumentSnapshot document, SourceSymbol symbol, SourceSpan extent, DocumentSymbol[]? children)
    {
        int kind = symbol.Kind switch
        {
            SourceSymbolKind.Program => Function,
            SourceSymbolKind.Volume => Module,
            SourceSymbolKind.Record => Struct,
            _ => Key,
        };
        string detail = symbol.Kind switch
        {
            SourceSymbolKind.Program => "program" + AddressOf(document, symbol.Name),
            SourceSymbolKind.Volume => "volume",
            SourceSymbolKind.Record => "record",
            _ => "label" + AddressOf(document, symbol.Name),
        };
        // The selection range must lie inside the range; a record's name span is its statement.
        var range = document.Lines.RangeOf(extent.Length == 0 ? symbol.NameSpan : extent);
        var selection = document.Lines.RangeOf(symbol.NameSpan);
        if (symbol.NameSpan.Position < extent.Position || symbol.NameSpan.End > extent.End && extent.Length > 0) selection = range;
        return new DocumentSymbol(symbol.Name, detail, kind, range, selection, children);
    }

    /// <summary>" at 0x…" when the assembly placed the name (programs' origins are labels too).</summary>
    private static string AddressOf(DocumentSnapshot document, string name)
    {
        foreach (var program in document.Analysis.Assembly.Programs)
        {
            if (program.Labels.TryGetValue(name, out uint address)) return $" at 0x{address:X8}";
        }
        return "";
    }

    private static SourceSpan Cover(SourceSpan first, SourceSpan last) =>
        new(first.Position, last.End - first.Position, first.Line, first.Column, last.EndLine, last.EndColumn);
}
