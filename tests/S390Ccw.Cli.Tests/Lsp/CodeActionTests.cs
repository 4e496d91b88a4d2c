using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace S390Ccw.Cli.Tests.Lsp;

/// <summary>Quick fixes with one obvious edit, each applied through the server until its diagnostic is gone.</summary>
public sealed class CodeActionTests
{
    private const string Uri = "file:///work/fixes.ccw";

    [Theory]
    [InlineData("    READ_DTA 0x100, len 8", "CCW0003", "Change to 'READ_DATA'", "    READ_DATA 0x100, len 8")]
    [InlineData("    tik loop", "CCW0003", "Change to 'TIC'", "    TIC loop")]
    [InlineData("    TIC Loop", "CCW0100", "Change to 'loop'", "    TIC loop")]
    [InlineData("    NOP 0, CC, SLI, CC, len 1", "CCW0119", "Remove the repeated flag", "    NOP 0, CC, SLI, len 1")]
    [InlineData("    NOP 0, CC|CC, len 1", "CCW0119", "Remove the repeated flag", "    NOP 0, CC, len 1")]
    public async Task QuickFix_EditsTheLine_AndTheDiagnosticGoes(string line, string id, string title, string fixedLine)
    {
        string text = "program p format0 at 0x1000\nloop: NOP 0, len 1\n" + line + "\n";
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, text);
        var diagnostic = (await client.DiagnosticsAsync(Uri, 1)).Single(d => (string?)d!["code"] == id)!;
        var actions = await client.CodeActionsAsync(Uri, diagnostic["range"]!);
        var action = actions.Single(a => (string?)a!["title"] == title)!;
        var edit = action["edit"]!["changes"]![Uri]![0]!;
        client.Change(Uri, 2, new JsonObject { ["range"] = edit["range"]!.DeepClone(), ["text"] = (string?)edit["newText"] });
        Assert.DoesNotContain(await client.DiagnosticsAsync(Uri, 2), d => (string?)d!["code"] == id);
        Assert.Equal(fixedLine, ApplyToLine(line, edit));
    }

    [Theory]
    [InlineData("    READ cyl0 trk0 rec2 -> 0x2000, len 8", "    READ cyl0 trk0 rec2 -> 0x2000, len 16")]
    [InlineData("    READ cyl0 trk0 rec2 -> 0x2000, len 0x8, CC", "    READ cyl0 trk0 rec2 -> 0x2000, len 16, CC")]
    public async Task ReadCountDiffersFromRecord_SetLenFixUsesTheRecordLength(string line, string fixedLine)
    {
        // Record (0,0,2) holds 16 bytes; the READ asks for 8 without SLI: CCW0204.
        string text = "program p format0 at 0x1000\n" + line + "\nvolume V 3390 cylinders 1\n    record 0 0 2 data space 16\n";
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, text);
        var diagnostic = (await client.DiagnosticsAsync(Uri, 1)).Single(d => (string?)d!["code"] == "CCW0204")!;
        var actions = await client.CodeActionsAsync(Uri, diagnostic["range"]!);
        var edit = actions.Single(a => (string?)a!["title"] == "Set len to 16, the record's data length")!["edit"]!["changes"]![Uri]![0]!;
        Assert.Equal(1, (int)edit["range"]!["start"]!["line"]!);
        int start = (int)edit["range"]!["start"]!["character"]!;
        int end = (int)edit["range"]!["end"]!["character"]!;
        Assert.Equal(fixedLine, line.Substring(0, start) + (string?)edit["newText"] + line.Substring(end));
        client.Change(Uri, 2, new JsonObject { ["range"] = edit["range"]!.DeepClone(), ["text"] = (string?)edit["newText"] });
        Assert.DoesNotContain(await client.DiagnosticsAsync(Uri, 2), d => (string?)d!["code"] == "CCW0204");
    }

    [Fact]
    public async Task FarFromEveryWord_NoSpellingFix()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(Uri, "program p format0 at 0x1000\n    FROBNICATE 1\n");
        var diagnostic = (await client.DiagnosticsAsync(Uri, 1)).Single()!;
        var actions = await client.CodeActionsAsync(Uri, diagnostic["range"]!);
        Assert.Empty(actions);
    }

    /// <summary>The edit applied to the third line of the document (the line under test).</summary>
    private static string ApplyToLine(string line, JsonNode edit)
    {
        Assert.Equal(2, (int)edit["range"]!["start"]!["line"]!);
        int start = (int)edit["range"]!["start"]!["character"]!;
        int end = (int)edit["range"]!["end"]!["character"]!;
        return line.Substring(0, start) + (string?)edit["newText"] + line.Substring(end);
    }
}
