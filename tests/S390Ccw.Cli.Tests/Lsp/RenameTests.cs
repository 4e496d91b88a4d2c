using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace S390Ccw.Cli.Tests.Lsp;

/// <summary>Renaming a label or program edits its definition and every use; occurrences are highlighted.</summary>
public sealed class RenameTests
{
    private const string Uri = "file:///work/rename.ccw";

    private const string Source =
        "program p format0 at 0x1000\n" +
        "loop: NOP 0, CC, len 1\n" +
        "    TIC loop\n" +
        "    data word loop + 8, loops\n" +
        "loops: data byte 1\n";

    [Fact]
    public async Task Rename_EditsTheDefinitionAndEveryUse_Only()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, Source);
        var parameters = LspTestClient.At(Uri, 2, 9);
        parameters["newName"] = "again";
        var edit = await client.ResultAsync("textDocument/rename", parameters);
        var edits = edit!["changes"]![Uri]!.AsArray();
        // 'loop' on lines 1 (definition), 2 and 3; not 'loops' on lines 3 and 4.
        Assert.Equal(new[] { "1:0-4", "2:8-12", "3:14-18" },
            edits.Select(e => $"{e!["range"]!["start"]!["line"]}:{e["range"]!["start"]!["character"]}-{e["range"]!["end"]!["character"]}").ToArray());
        Assert.All(edits, e => Assert.Equal("again", (string?)e!["newText"]));
    }

    [Theory]
    [InlineData("loops", "already defined")]
    [InlineData("SLI", "cannot name a label")]
    [InlineData("9lives", "cannot name a label")]
    public async Task Rename_ToAnImpossibleName_IsRefused(string newName, string why)
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, Source);
        var parameters = LspTestClient.At(Uri, 1, 1);
        parameters["newName"] = newName;
        var response = await client.RequestAsync("textDocument/rename", parameters);
        Assert.Equal(-32803, (int)response["error"]!["code"]!);
        Assert.Contains(why, (string)response["error"]!["message"]!, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentHighlight_MarksEveryOccurrence()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, Source);
        var highlights = (JsonArray)(await client.ResultAsync("textDocument/documentHighlight", LspTestClient.At(Uri, 3, 15)))!;
        Assert.Equal(new[] { 1, 2, 3 }, highlights.Select(h => (int)h!["range"]!["start"]!["line"]!).ToArray());
    }
}
