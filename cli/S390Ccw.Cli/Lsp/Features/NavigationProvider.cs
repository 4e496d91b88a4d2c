using System.Collections.Generic;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.Protocol;

namespace S390Ccw.Cli.Lsp.Features;

/// <summary>textDocument/definition and textDocument/references for labels and program names (file-wide, case-sensitive, as the binder resolves them).</summary>
internal static class NavigationProvider
{
    public static Location[] Definition(DocumentSnapshot document, Position position)
    {
        var index = document.Index;
        if (index.NameAt(document.Lines.OffsetOf(position)) is not { } name || index.FindDefinition(name.Name) is not { } symbol)
            return System.Array.Empty<Location>();
        return new[] { new Location(document.Uri, document.Lines.RangeOf(symbol.NameSpan)) };
    }

    public static Location[] References(DocumentSnapshot document, Position position, bool includeDeclaration)
    {
        var index = document.Index;
        if (index.NameAt(document.Lines.OffsetOf(position)) is not { } name) return System.Array.Empty<Location>();
        var locations = new List<Location>();
        if (includeDeclaration && index.FindDefinition(name.Name) is { } symbol)
            locations.Add(new Location(document.Uri, document.Lines.RangeOf(symbol.NameSpan)));
        foreach (var reference in index.ReferencesTo(name.Name))
            locations.Add(new Location(document.Uri, document.Lines.RangeOf(reference.Span)));
        return locations.ToArray();
    }
}
