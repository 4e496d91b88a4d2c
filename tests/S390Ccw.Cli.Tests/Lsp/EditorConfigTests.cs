using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using S390Ccw.Cli.Lsp.Documents;
using S390Ccw.Cli.Lsp.EditorConfig;
using Xunit;

namespace S390Ccw.Cli.Tests.Lsp;

/// <summary>The EditorConfig reader (editorconfig.org specification) and the severities it gives the server's diagnostics.</summary>
public sealed class EditorConfigTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ccw-editorconfig-").FullName;

    [Theory]
    [InlineData("*.ccw", "boot.ccw", true)]
    [InlineData("*.ccw", "sub/dir/boot.ccw", true)]
    [InlineData("*.ccw", "boot.cs", false)]
    [InlineData("*.{ccw,cs}", "a/boot.cs", true)]
    [InlineData("/boot.ccw", "boot.ccw", true)]
    [InlineData("/boot.ccw", "sub/boot.ccw", false)]
    [InlineData("sub/*.ccw", "sub/boot.ccw", true)]
    [InlineData("sub/*.ccw", "sub/deeper/boot.ccw", false)]
    [InlineData("sub/**/*.ccw", "sub/deeper/boot.ccw", true)]
    [InlineData("sub/**/*.ccw", "sub/boot.ccw", true)]
    [InlineData("boot?.ccw", "boot1.ccw", true)]
    [InlineData("boot[0-3].ccw", "boot4.ccw", false)]
    [InlineData("boot[!0-3].ccw", "boot4.ccw", true)]
    [InlineData("boot{1..12}.ccw", "boot12.ccw", true)]
    [InlineData("boot{1..12}.ccw", "boot13.ccw", false)]
    [InlineData("*", "anything/at/all.txt", true)]
    public void Glob_MatchesAsTheSpecificationSays(string glob, string relativePath, bool matches) =>
        Assert.Equal(matches, EditorConfigGlob.ToRegex(glob).IsMatch(relativePath));

    [Fact]
    public void NearerFilesAndLaterSections_Win_AndRootStopsTheSearch()
    {
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "root = true\n[*]\ndotnet_diagnostic.CCW0202.severity = error\nkeep = outer\n");
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        File.WriteAllText(Path.Combine(_folder, "sub", ".editorconfig"),
            "# comment\n[*.ccw]\nDOTNET_DIAGNOSTIC.CCW0202.SEVERITY = suggestion ; why\n[boot.ccw]\ndotnet_diagnostic.CCW0202.severity = none\n");
        var reader = new EditorConfigReader();
        var boot = reader.PropertiesFor(Path.Combine(_folder, "sub", "boot.ccw"));
        Assert.Equal("none", boot["dotnet_diagnostic.ccw0202.severity"]);
        Assert.Equal("outer", boot["keep"]);
        var other = reader.PropertiesFor(Path.Combine(_folder, "sub", "other.ccw"));
        Assert.Equal("suggestion", other["dotnet_diagnostic.ccw0202.severity"]);
        var top = reader.PropertiesFor(Path.Combine(_folder, "top.ccw"));
        Assert.Equal("error", top["dotnet_diagnostic.ccw0202.severity"]);
    }

    [Fact]
    public void BrokenLinesAndGlobs_AreIgnored()
    {
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "root=true\n[[[\nnot a pair\n[*.ccw\n=value\n[*.ccw]\nx = 1\n");
        var properties = new EditorConfigReader().PropertiesFor(Path.Combine(_folder, "a.ccw"));
        Assert.Equal("1", properties["x"]);
    }

    [Theory]
    [InlineData("error", 1)]
    [InlineData("warning", 2)]
    [InlineData("suggestion", 3)]
    [InlineData("silent", 4)]
    [InlineData("none", 0)]
    [InlineData("default", 2)]
    public async Task ServerDiagnostics_TakeTheConfiguredSeverity(string severity, int expected)
    {
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), $"root = true\n[*.ccw]\ndotnet_diagnostic.CCW0202.severity = {severity}\n");
        string source = File.ReadAllText(RepositoryFiles.PathOf("samples", "ZiplStyle", "zipl.ccw"));
        string path = Path.Combine(_folder, "zipl.ccw");
        string uri = DocumentUri.FromFilePath(path);
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(uri, source);
        var hazards = (await client.DiagnosticsAsync(uri, 1)).Where(d => (string?)d!["code"] == "CCW0202").ToList();
        if (expected == 0) Assert.Empty(hazards);
        else Assert.Equal(expected, (int)Assert.Single(hazards)!["severity"]!);
    }

    [Fact]
    public async Task EditorConfigChange_ReachesOpenDocuments_WhenTheClientReportsIt()
    {
        string editorConfig = Path.Combine(_folder, ".editorconfig");
        File.WriteAllText(editorConfig, "root = true\n");
        string path = Path.Combine(_folder, "zipl.ccw");
        string uri = DocumentUri.FromFilePath(path);
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        client.Open(uri, File.ReadAllText(RepositoryFiles.PathOf("samples", "ZiplStyle", "zipl.ccw")));
        Assert.Contains(await client.DiagnosticsAsync(uri, 1), d => (string?)d!["code"] == "CCW0202");
        File.WriteAllText(editorConfig, "root = true\n[*.ccw]\ndotnet_diagnostic.CCW0202.severity = none\n");
        File.SetLastWriteTimeUtc(editorConfig, DateTime.UtcNow.AddMinutes(1));
        client.Notify("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = DocumentUri.FromFilePath(editorConfig), ["type"] = 2 }),
        });
        await client.WaitForDiagnosticsAsync(uri, d => !d.Any(x => (string?)x!["code"] == "CCW0202"));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
