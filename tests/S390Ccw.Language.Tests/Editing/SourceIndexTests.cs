using System;
using System.Linq;
using System.Text;
using S390Ccw.Language.Editing;
using Xunit;

namespace S390Ccw.Language.Tests.Editing;

/// <summary>What editors learn from the one parser: definitions, uses and classified words, with their spans.</summary>
public sealed class SourceIndexTests
{
    private const string Source =
        "program ipl1 format0 at 0\n" +                      // line 1
        "    psw 0x00080000_80002000\n" +                     // line 2
        "    READ next -> ipl2, CC, SLI, len 144\n" +         // line 3
        "    TIC ipl2\n" +                                    // line 4
        "program ipl2 format0 at 0x2000\n" +                 // line 5
        "loop: SEARCH_ID_EQ args, CC ; comment\n" +           // line 6
        "    TIC loop\n" +                                    // line 7
        "args: arg search cyl 0 head 0 rec 4\n" +             // line 8
        "volume HELLO1 3390 cylinders 1\n" +                  // line 9
        "    standard track0 ipl1=ipl1 ipl2=ipl2\n" +         // line 10
        "    record 0 0 4 data ebcdic \"HI\"\n";              // line 11

    [Fact]
    public void Symbols_AreProgramsLabelsVolumesAndRecords_InSourceOrder()
    {
        var index = SourceIndex.Build(Source);
        Assert.Equal(
            new[] { "Program ipl1", "Program ipl2", "Label loop ipl2", "Label args ipl2", "Volume HELLO1", "Record record 0 0 4 HELLO1" },
            index.Symbols.Select(s => $"{s.Kind} {s.Name}{(s.Container is null ? "" : " " + s.Container)}").ToArray());
        var loop = index.FindDefinition("loop")!;
        Assert.Equal((6, 1, 5), (loop.NameSpan.Line, loop.NameSpan.Column, loop.NameSpan.EndColumn));
        Assert.Null(index.FindDefinition("LOOP")); // labels are case-sensitive, as the binder resolves them
    }

    [Fact]
    public void References_NameEveryUseOfALabelOrProgram()
    {
        var index = SourceIndex.Build(Source);
        Assert.Equal(
            new[] { "ipl2 3:18", "ipl2 4:9", "args 6:20", "loop 7:9", "ipl1 10:26", "ipl2 10:36" },
            index.References.Select(r => $"{r.Name} {r.Span.Line}:{r.Span.Column}").ToArray());
        Assert.Equal(3, index.ReferencesTo("ipl2").Count());
    }

    [Fact]
    public void NameAt_FindsDefinitionsAndUses_ButNotOtherWords()
    {
        var index = SourceIndex.Build(Source);
        int tic = Source.IndexOf("TIC loop", StringComparison.Ordinal);
        Assert.Equal("loop", index.NameAt(tic + 6)?.Name);
        Assert.Equal("loop", index.NameAt(Source.IndexOf("loop:", StringComparison.Ordinal))?.Name);
        Assert.Null(index.NameAt(tic + 1)); // on the mnemonic
    }

    [Fact]
    public void Tokens_ClassifyTheWordsTheTreeKnows()
    {
        var index = SourceIndex.Build("here: TIC here\n    READ_DATA 0x100, CC|SLI, len 8\n");
        Assert.Equal(
            new[] { "LabelDefinition here", "Mnemonic TIC", "SymbolReference here", "Mnemonic READ_DATA", "Number 0x100", "Flag CC", "Flag SLI", "Number 8" },
            index.Tokens.Select(t => $"{t.Kind} {"here: TIC here\n    READ_DATA 0x100, CC|SLI, len 8\n".Substring(t.Span.Position, t.Span.Length)}").ToArray());
    }

    [Fact]
    public void BrokenLines_KeepTheirLabels_AndOtherLinesStillCount()
    {
        var index = SourceIndex.Build("program p format0 at 0\nbad: FROB 1, 2\n    TIC bad\n    READ ((\n");
        Assert.NotNull(index.FindDefinition("bad"));
        Assert.Single(index.ReferencesTo("bad"));
    }

    [Fact]
    public void AnyText_NeverThrows_AndTokensStayOrderedInsideTheText()
    {
        const int seed = 4242;
        var random = new Random(seed);
        string[] pieces = { "program ", "p ", "format0 ", "at ", "0x", "READ ", "cyl0 ", "-> ", "TIC ", "l: ", ",", "|", "CC", "\"", "X'", "(", ")", "\n", ";", "\u2192", "\u0001", "record 0 0 1 data ", "arg seek cyl ", "volume V 3390\n" };
        for (int round = 0; round < 2000; round++)
        {
            var sb = new StringBuilder();
            int count = random.Next(30);
            for (int i = 0; i < count; i++) sb.Append(pieces[random.Next(pieces.Length)]);
            string text = sb.ToString();
            var index = SourceIndex.Build(text);
            int end = 0;
            foreach (var token in index.Tokens)
            {
                Assert.True(token.Span.Position >= end && token.Span.End <= text.Length, $"seed {seed} round {round}: {text}");
                end = token.Span.End;
            }
        }
    }

    [Fact]
    public void EditorAssembly_IndexesTheParseItAssembles()
    {
        string text = "program z format0 at 0x8000\n    TIC nowhere\n" + Source;
        var edited = EditorAssembly.Assemble(text);
        var alone = SourceIndex.Build(text);
        Assert.Equal(alone.Symbols, edited.Index.Symbols);
        Assert.Equal(alone.References, edited.Index.References);
        Assert.Equal(alone.Tokens, edited.Index.Tokens);
        Assert.Equal(
            CcwAssembler.Assemble(text).Diagnostics.Select(d => d.ToString()),
            edited.Assembly.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(edited.Assembly.Diagnostics, d => d.Id == "CCW0100");
    }

    [Fact]
    public void Vocabulary_ComesFromTheGrammar()
    {
        Assert.Equal(new[] { "CD", "CC", "SLI", "SKIP", "PCI", "IDA", "S", "MIDA" }, Vocabulary.Flags.Select(f => f.Name).ToArray());
        Assert.Contains("READ", Vocabulary.Directives);
        Assert.Contains("split", Vocabulary.Directives);
        Assert.Equal("CC|SLI", Vocabulary.FlagNames(Encoding.CcwFlags.ChainCommand | Encoding.CcwFlags.SuppressLength));
        foreach (var directive in Vocabulary.Directives) Assert.NotNull(Vocabulary.DirectiveMeaning(directive));
    }
}
