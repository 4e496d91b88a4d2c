using System;
using System.Collections.Generic;
using S390Ccw.Cli.Lsp.Analysis;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.Protocol;
using S390Ccw.Language;
using S390Ccw.Language.Analysis;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Editing;
using Range = S390Ccw.Cli.Lsp.Protocol.Range;

namespace S390Ccw.Cli.Lsp.Features;

/// <summary>
/// textDocument/codeAction: quick fixes for diagnostics with one obvious fix. CCW0202: <c>split</c> on its
/// own line before the TIC the analysis names (the fix SplitAtTicCodeFix makes for inline programs;
/// docs/language.md, "Prefetch split points"). CCW0204: add SLI, or set len to the record's length.
/// CCW0119: drop the repeated flag.
/// CCW0003 and CCW0100: the mnemonic, directive or label a misspelling most likely meant.
/// </summary>
internal static class CodeActionProvider
{
    public const string QuickFix = "quickfix";

    public static CodeAction[] Actions(DocumentSnapshot document, Range range)
    {
        var lines = document.Lines;
        int from = lines.OffsetOf(range.Start);
        int to = lines.OffsetOf(range.End);
        var analysis = document.Analysis;
        var actions = new List<CodeAction>();
        var splitTics = new HashSet<int>();
        if (analysis.Chains is { } chains)
        {
            foreach (var hazard in chains.Hazards)
            {
                if (hazard.Kind != PrefetchHazardKind.SafeWithBiosSplit || hazard.SplitTic?.Span is not { } tic) continue;
                if (!Touches(hazard.Diagnostic.Span, from, to) || !splitTics.Add(tic.Position)) continue;
                actions.Add(Fix(document, "Insert 'split' before the TIC (QEMU's split point)", Find(analysis, hazard.Diagnostic),
                    SplitBefore(document, tic), preferred: true));
            }
        }
        foreach (var reported in analysis.Diagnostics)
        {
            var d = reported.Diagnostic;
            if (!Touches(d.Span, from, to)) continue;
            if (d.Id == "CCW0204")
            {
                actions.Add(Fix(document, "Add SLI (accept a record of another length)", reported, Insert(document, d.Span.End, ", SLI"), preferred: true));
                if (RecordSize(analysis.Assembly, d.Span) is { } size)
                {
                    string count = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var edit = document.Index.LengthOf(d.Span) is { } written ? Replace(document, written, count) : Insert(document, d.Span.End, ", len " + count);
                    actions.Add(Fix(document, $"Set len to {count}, the record's data length", reported, edit, preferred: false));
                }
            }
            else if (d.Id == "CCW0119")
                actions.Add(Fix(document, "Remove the repeated flag", reported, RemoveFlag(document, d.Span), preferred: true));
            else if ((d.Id == "CCW0003" || d.Id == "CCW0100") && Respell(document, d) is { } word)
                actions.Add(Fix(document, $"Change to '{word}'", reported, Replace(document, d.Span, word), preferred: true));
        }
        return actions.ToArray();
    }

    private static bool Touches(SourceSpan span, int from, int to) => span.Position <= to && span.End >= from;

    private static ReportedDiagnostic? Find(DocumentAnalysis analysis, CcwDiagnostic diagnostic)
    {
        foreach (var reported in analysis.Diagnostics)
        {
            if (ReferenceEquals(reported.Diagnostic, diagnostic)) return reported;
        }
        return null;
    }

    private static CodeAction Fix(DocumentSnapshot document, string title, ReportedDiagnostic? diagnostic, TextEdit edit, bool preferred)
    {
        var diagnostics = diagnostic is null ? null : new[] { DiagnosticConverter.ToLsp(diagnostic, document.Lines) };
        var changes = new Dictionary<string, TextEdit[]> { [document.Uri] = new[] { edit } };
        return new CodeAction(title, QuickFix, diagnostics, new WorkspaceEdit(changes), preferred);
    }

    /// <summary>A line "split" before the TIC's line, indented to the TIC's column (a label before the TIC stays on the TIC).</summary>
    private static TextEdit SplitBefore(DocumentSnapshot document, SourceSpan tic)
    {
        int lineStart = document.Lines.LineStart(document.Lines.PositionOf(tic.Position).Line);
        string prefix = document.Text.Substring(lineStart, tic.Position - lineStart);
        string indentation = prefix.Trim().Length == 0 ? prefix : new string(' ', prefix.Length);
        return Insert(document, lineStart, indentation + "split" + LineBreak(document.Text));
    }

    private static TextEdit RemoveFlag(DocumentSnapshot document, SourceSpan flag)
    {
        string text = document.Text;
        int start = flag.Position;
        int p = start;
        while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) p--;
        if (p > 0 && (text[p - 1] == ',' || text[p - 1] == '|'))
        {
            start = p - 1;
            while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\t')) start--;
        }
        var range = new Range(document.Lines.PositionOf(start), document.Lines.PositionOf(flag.End));
        return new TextEdit(range, "");
    }

    /// <summary>CCW0003: the mnemonic or directive meant (case ignored, as the grammar does); CCW0100: the label meant (case kept).</summary>
    private static string? Respell(DocumentSnapshot document, CcwDiagnostic diagnostic)
    {
        if (diagnostic.Span.End > document.Text.Length) return null;
        string word = document.Text.Substring(diagnostic.Span.Position, diagnostic.Span.Length);
        if (diagnostic.Id == "CCW0003")
        {
            var words = new List<string>(Vocabulary.Directives);
            foreach (var command in Vocabulary.Commands) words.Add(command.Mnemonic);
            return SpellingSuggestion.Nearest(word, words, StringComparison.OrdinalIgnoreCase);
        }
        var labels = new List<string>();
        foreach (var symbol in document.Index.Symbols)
        {
            if (symbol.Kind is SourceSymbolKind.Label or SourceSymbolKind.Program) labels.Add(symbol.Name);
        }
        return SpellingSuggestion.Nearest(word, labels, StringComparison.Ordinal);
    }

    /// <summary>The data length of the record a high-level READ reads, when the volumes agree on it.</summary>
    private static int? RecordSize(AssemblyResult assembly, SourceSpan statement)
    {
        Language.Devices.Cchhr? record = null;
        foreach (var program in assembly.Programs)
        {
            foreach (var ccw in program.Ccws)
            {
                if (ccw.Span.Position == statement.Position && ccw.Record is { } r) record = r;
            }
        }
        if (record is null) return null;
        int? size = null;
        foreach (var volume in assembly.Volumes)
        {
            foreach (var defined in volume.Records)
            {
                if (defined.Address != record.Value) continue;
                if (size is not null && size != defined.Data.Length) return null;
                size = defined.Data.Length;
            }
        }
        return size;
    }

    private static TextEdit Replace(DocumentSnapshot document, SourceSpan span, string text) =>
        new(document.Lines.RangeOf(span), text);

    private static TextEdit Insert(DocumentSnapshot document, int offset, string text)
    {
        var at = document.Lines.PositionOf(offset);
        return new TextEdit(new Range(at, at), text);
    }

    private static string LineBreak(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
}
