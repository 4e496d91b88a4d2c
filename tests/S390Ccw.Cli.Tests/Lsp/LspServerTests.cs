using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using S390Ccw.Cli.Commands;
using S390Ccw.Cli.Lsp.Documents;
using Xunit;

namespace S390Ccw.Cli.Tests.Lsp;

/// <summary>The server in-process, driven over the base protocol by <see cref="LspTestClient"/>.</summary>
public sealed class LspServerTests
{
    private const string Uri = "file:///work/test.ccw";

    // READ cyl0 trk0 rec2 expands to SEEK, SEARCH_ID_EQ, TIC *-8, READ_DATA (docs/language.md). The program
    // starts at 0x1000; with the NOP and the TIC after them its six CCWs end at 0x1030, where the literal pool
    // starts (the program's end, doubleword aligned): the 6-byte Seek argument at 0x1030, the 5-byte Search
    // argument at 0x1036. Format 0 is command, 24-bit address, flags, 0, count.
    private const string ReadSource =
        "program p format0 at 0x1000\n" +
        "    READ cyl0 trk0 rec2 \u2192 0x2000, CC\n" +
        "back:   NOP 0, len 1\n" +
        "    TIC back\n" +
        "volume V 3390 cylinders 1\n" +
        "    record 0 0 2 data space 16\n";

    [Fact]
    public async Task Initialize_AnnouncesTheFeatures()
    {
        await using var client = new LspTestClient();
        var result = await client.InitializeAsync();
        var capabilities = result["result"]!["capabilities"]!;
        Assert.True((bool)capabilities["hoverProvider"]!);
        Assert.True((bool)capabilities["definitionProvider"]!);
        Assert.True((bool)capabilities["referencesProvider"]!);
        Assert.True((bool)capabilities["documentSymbolProvider"]!);
        Assert.Equal(2, (int)capabilities["textDocumentSync"]!["change"]!);
        Assert.NotNull(capabilities["semanticTokensProvider"]!["legend"]);
    }

    [Fact]
    public async Task ZiplSample_Ccw0202AtTheCheckSpan_SplitFixRemovesIt()
    {
        string path = RepositoryFiles.PathOf("samples", "ZiplStyle", "zipl.ccw");
        string uri = DocumentUri.FromFilePath(path);
        string text = File.ReadAllText(path);
        // What `ccw check` (and so `dotnet build`, which runs the same analysis) reports.
        var checkResult = SourceFiles.Assemble(path);
        var expected = ChannelProgramChecks.Analyze(checkResult, path).Single(d => d.Id == "CCW0202");

        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(uri, text);
        var diagnostics = await client.DiagnosticsAsync(uri, 1);
        var hazard = diagnostics.Single(d => (string?)d!["code"] == "CCW0202")!;
        Assert.Equal(expected.Span.Line - 1, (int)hazard["range"]!["start"]!["line"]!);
        Assert.Equal(expected.Span.Column - 1, (int)hazard["range"]!["start"]!["character"]!);
        Assert.Equal(expected.Span.EndColumn - 1, (int)hazard["range"]!["end"]!["character"]!);
        Assert.Equal(expected.Message, (string?)hazard["message"]);
        Assert.Equal(2, (int)hazard["severity"]!);

        var actions = await client.CodeActionsAsync(uri, hazard["range"]!);
        var split = actions.Single(a => ((string)a!["title"]!).Contains("split", StringComparison.Ordinal))!;
        var edit = split["edit"]!["changes"]![uri]!.AsArray().Single()!;
        // The TIC stage2 line follows the READ: "split" goes on its own line before it, at the TIC's indentation.
        Assert.Equal(expected.Span.Line, (int)edit["range"]!["start"]!["line"]!);
        Assert.Equal(0, (int)edit["range"]!["start"]!["character"]!);
        Assert.Equal("    split\n", (string?)edit["newText"]);

        client.Change(uri, 2, new JsonObject { ["range"] = edit["range"]!.DeepClone(), ["text"] = (string?)edit["newText"] });
        var after = await client.DiagnosticsAsync(uri, 2);
        Assert.DoesNotContain(after, d => (string?)d!["code"] == "CCW0202");
        Assert.DoesNotContain(after, d => (int)d!["severity"]! == 1);
    }

    [Fact]
    public async Task HoverOnHighLevelRead_ShowsFourCcwsWithTheirBytes()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, ReadSource);
        var hover = await client.ResultAsync("textDocument/hover", LspTestClient.At(Uri, 1, 6));
        string text = (string)hover!["contents"]!["value"]!;
        Assert.Contains("4 CCWs", text, StringComparison.Ordinal);
        Assert.Contains("00001000  07001030 40000006  SEEK", text, StringComparison.Ordinal);
        Assert.Contains("00001008  31001036 40000005  SEARCH_ID_EQ", text, StringComparison.Ordinal);
        Assert.Contains("00001010  08001008 00000000  TIC", text, StringComparison.Ordinal);
        // Count 16: the record's data length; CC as written.
        Assert.Contains("00001018  06002000 40000010  READ_DATA", text, StringComparison.Ordinal);
        // The Seek argument BBCCHH 000000000000 and the Search argument CCHHR 0000000002 from the literal pool.
        Assert.Contains("literal-pool argument `000000000000`", text, StringComparison.Ordinal);
        Assert.Contains("literal-pool argument `0000000002`", text, StringComparison.Ordinal);
        Assert.Contains("CC: chain command", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HoverOnLabel_ShowsItsAddress()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, ReadSource);
        var hover = await client.ResultAsync("textDocument/hover", LspTestClient.At(Uri, 3, 9));
        // 'back' follows the four CCWs of the READ: 0x1000 + 4 * 8.
        Assert.Contains("label back** = `0x00001020`", (string)hover!["contents"]!["value"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HoverOnRecord_ShowsItsSizeAndBytes()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, ReadSource.Replace("data space 16", "data word 0xC1C2C3C4, 1", StringComparison.Ordinal));
        var hover = await client.ResultAsync("textDocument/hover", LspTestClient.At(Uri, 5, 6));
        string text = (string)hover!["contents"]!["value"]!;
        Assert.Contains("**record (0,0,2)** of volume `V`: key 0 bytes, data 8 bytes", text, StringComparison.Ordinal);
        Assert.Contains("C1C2C3C4 00000001", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefinitionOfTicTarget_LandsOnTheLabel_ReferencesFindTheUse()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, ReadSource);
        var definition = (JsonArray)(await client.ResultAsync("textDocument/definition", LspTestClient.At(Uri, 3, 10)))!;
        var range = definition.Single()!["range"]!;
        Assert.Equal(2, (int)range["start"]!["line"]!);
        Assert.Equal(0, (int)range["start"]!["character"]!);
        Assert.Equal(4, (int)range["end"]!["character"]!);

        var parameters = LspTestClient.At(Uri, 2, 1);
        parameters["context"] = new JsonObject { ["includeDeclaration"] = true };
        var references = (JsonArray)(await client.ResultAsync("textDocument/references", parameters))!;
        Assert.Equal(new[] { 2, 3 }, references.Select(r => (int)r!["range"]!["start"]!["line"]!).ToArray());
    }

    [Fact]
    public async Task DocumentSymbols_ProgramsWithLabels_VolumesWithRecords()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, ReadSource);
        var symbols = (JsonArray)(await client.ResultAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } }))!;
        Assert.Equal(new[] { "p", "V" }, symbols.Select(s => (string)s!["name"]!).ToArray());
        Assert.Equal("back", (string?)symbols[0]!["children"]![0]!["name"]);
        Assert.Equal("program at 0x00001000", (string?)symbols[0]!["detail"]);
        Assert.Equal("label at 0x00001020", (string?)symbols[0]!["children"]![0]!["detail"]);
        Assert.Equal("record 0 0 2", (string?)symbols[1]!["children"]![0]!["name"]);
    }

    [Fact]
    public async Task Completion_FirstWordOffersMnemonics_OperandsOfferFlagsAndLabels()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, ReadSource + "    RE\n    TIC back, \n    TIC \n");
        var first = (JsonArray)(await client.ResultAsync("textDocument/completion", LspTestClient.At(Uri, 6, 6)))!["items"]!;
        Assert.Contains(first, i => (string?)i!["label"] == "READ_DATA");
        Assert.Contains(first, i => (string?)i!["label"] == "program");
        var operands = (JsonArray)(await client.ResultAsync("textDocument/completion", LspTestClient.At(Uri, 7, 14)))!["items"]!;
        Assert.Contains(operands, i => (string?)i!["label"] == "SLI");
        Assert.Contains(operands, i => (string?)i!["label"] == "len");
        Assert.DoesNotContain(operands, i => (string?)i!["label"] == "READ_DATA");
        Assert.DoesNotContain(operands, i => (string?)i!["label"] == "back"); // after the comma only flags and len fit
        var target = (JsonArray)(await client.ResultAsync("textDocument/completion", LspTestClient.At(Uri, 8, 8)))!["items"]!;
        Assert.Contains(target, i => (string?)i!["label"] == "back");
        Assert.Contains(target, i => (string?)i!["label"] == "p");
    }

    [Fact]
    public async Task Completion_OffersTheKeywordsTheGrammarExpects()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, "program q for\n    READ c\n");
        var format = (JsonArray)(await client.ResultAsync("textDocument/completion", LspTestClient.At(Uri, 0, 13)))!["items"]!;
        Assert.Equal(new[] { "format0", "format1" }, format.Select(i => (string)i!["label"]!).ToArray());
        var read = (JsonArray)(await client.ResultAsync("textDocument/completion", LspTestClient.At(Uri, 1, 10)))!["items"]!;
        Assert.Equal(new[] { "next", "cyl" }, read.Select(i => (string)i!["label"]!).ToArray());
    }

    [Fact]
    public async Task SemanticTokens_ClassifyMnemonicsLabelsAndNumbers()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, "program p format0 at 0x1000\nhere: TIC here\n");
        var data = (JsonArray)(await client.ResultAsync("textDocument/semanticTokens/full", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } }))!["data"]!;
        // Legend: keyword 0, function 1, …, variable 4, namespace 5, number 6. Each token: Δline, Δstart, length, type, modifiers.
        int[] expected =
        {
            0, 0, 7, 0, 0,   // program
            0, 8, 1, 5, 1,   // p (definition)
            0, 13, 6, 6, 0,  // 0x1000
            1, 0, 4, 4, 1,   // here: (definition)
            0, 6, 3, 1, 0,   // TIC
            0, 4, 4, 4, 0,   // here
        };
        Assert.Equal(expected, data.Select(n => (int)n!).ToArray());
    }

    [Fact]
    public async Task SyntaxErrors_ArePublishedWithTheirSpans_AndAQuickFixAddsSli()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, "program p format0 at 0x1000\n    FROB 1\n");
        var diagnostics = await client.DiagnosticsAsync(Uri, 1);
        var unknown = diagnostics.Single()!;
        Assert.Equal("CCW0003", (string?)unknown["code"]);
        Assert.Equal(1, (int)unknown["range"]!["start"]!["line"]!);
        Assert.Equal(4, (int)unknown["range"]!["start"]!["character"]!);
        Assert.Equal(8, (int)unknown["range"]!["end"]!["character"]!);

        // CCW0204: READ count 8 against a 16-byte record without SLI.
        const string mismatch = "program p format0 at 0x1000\n    READ cyl0 trk0 rec2 -> 0x2000, len 8\nvolume V 3390 cylinders 1\n    record 0 0 2 data space 16\n";
        client.Change(Uri, 2, new JsonObject { ["text"] = mismatch });
        var warning = (await client.DiagnosticsAsync(Uri, 2)).Single(d => (string?)d!["code"] == "CCW0204")!;
        var actions = await client.CodeActionsAsync(Uri, warning["range"]!);
        var edit = actions.Single(a => ((string)a!["title"]!).StartsWith("Add SLI", StringComparison.Ordinal))!["edit"]!["changes"]![Uri]![0]!;
        Assert.Equal(", SLI", (string?)edit["newText"]);
        client.Change(Uri, 3, new JsonObject { ["range"] = edit["range"]!.DeepClone(), ["text"] = ", SLI" });
        Assert.DoesNotContain(await client.DiagnosticsAsync(Uri, 3), d => (string?)d!["code"] == "CCW0204");
    }

    [Fact]
    public async Task BadMessages_AreAnsweredOrLogged_AndTheServerGoesOn()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.WriteRaw("Content-Length: 5\r\n\r\n{oops");
        client.WriteRaw("Content-Length: x\r\n\r\n");
        client.WriteRaw("Content-Length: 2\r\n\r\n[]");
        var unknown = await client.RequestAsync("textDocument/frobnicate", new JsonObject());
        Assert.Equal(-32601, (int)unknown["error"]!["code"]!);
        var bad = await client.RequestAsync("textDocument/hover", new JsonObject { ["position"] = "here" });
        Assert.Equal(-32602, (int)bad["error"]!["code"]!);
        var notOpen = await client.ResultAsync("textDocument/hover", LspTestClient.At("file:///nowhere.ccw", 0, 0));
        Assert.Null(notOpen);
        client.Notify("$/cancelRequest", new JsonObject { ["id"] = 9999 });
        client.Open(Uri, "program p format0 at 0\n    NOP 0, len 1\n");
        Assert.Empty(await client.DiagnosticsAsync(Uri, 1));
        Assert.Contains("not JSON", client.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShutdownThenExit_EndsWithCodeZero()
    {
        var client = new LspTestClient();
        await client.InitializeAsync();
        await client.DisposeAsync();
        Assert.Equal(0, await client.ServerExit);
    }
}
