using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace S390Ccw.Cli.Tests;

/// <summary>
/// <c>ccw check --format sarif</c> against the SARIF 2.1.0 JSON schema (Schemas/sarif-2.1.0.json) and the
/// properties code-scanning services rely on: invocations, driver version, absolute help URIs, and artifact
/// locations relative to the source root through <c>originalUriBaseIds</c> (SARIF 2.1.0 SA22-7832 ch. 16, "Incorrect Length".4, SA22-7832 ch. 16, "Subchannel-Status Word".14).
/// </summary>
public class SarifSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json")));

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? new System.Collections.Generic.List<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    private static EvaluationResults Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    /// <summary>One file with an error, one with a warning and notes, in a folder whose name needs escaping.</summary>
    private static (int Exit, JsonNode Log, string Json) Check(CcwTool tool, params string[] extra)
    {
        Directory.CreateDirectory(tool.PathOf("src dir"));
        tool.Write("src dir/bad.ccw", "program p format1 at 0x1000\n    TIC nowhere\n");
        tool.Write("src dir/zipl.ccw", Sources.Zipl);
        var (exit, output, _) = tool.Run(new[] { "check", tool.PathOf("src dir/bad.ccw"), tool.PathOf("src dir/zipl.ccw"), "--format", "sarif", "--base-dir", tool.Folder }.Concat(extra).ToArray());
        return (exit, JsonNode.Parse(output)!, output);
    }

    [Fact]
    public void Log_IsValidSarif210()
    {
        using var tool = new CcwTool();

        var (exit, _, json) = Check(tool);
        var results = Validate(json);

        Assert.Equal(1, exit);
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void Schema_RejectsALogWithoutItsVersion()
    {
        // The validator itself is checked: the same log less a required property must fail.
        using var tool = new CcwTool();
        var (_, log, _) = Check(tool);
        log.AsObject().Remove("version");

        Assert.False(Validate(log.ToJsonString()).IsValid);
    }

    [Fact]
    public void Schema_RejectsAResultLevelItDoesNotDefine()
    {
        using var tool = new CcwTool();
        var (_, log, _) = Check(tool);
        log["runs"]![0]!["results"]![0]!["level"] = "fatal";

        Assert.False(Validate(log.ToJsonString()).IsValid);
    }

    [Fact]
    public void Locations_AreRelativeToTheBaseDirectory()
    {
        using var tool = new CcwTool();

        var (_, log, _) = Check(tool);
        var run = log["runs"]![0]!;

        Assert.Equal(new Uri(tool.Folder + "/").AbsoluteUri, (string?)run["originalUriBaseIds"]!["SRCROOT"]!["uri"]);
        var location = run["results"]![0]!["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("src%20dir/bad.ccw", (string?)location["artifactLocation"]!["uri"]);
        Assert.Equal("SRCROOT", (string?)location["artifactLocation"]!["uriBaseId"]);
        Assert.Equal(0, (int)location["artifactLocation"]!["index"]!);
        Assert.Equal(2, (int)location["region"]!["startLine"]!);
        Assert.Equal(9, (int)location["region"]!["startColumn"]!);
        Assert.Equal(new[] { "src%20dir/bad.ccw", "src%20dir/zipl.ccw" }, run["artifacts"]!.AsArray().Select(a => (string?)a!["location"]!["uri"]));
    }

    [Fact]
    public void FileOutsideTheBaseDirectory_IsAnAbsoluteFileUri()
    {
        using var tool = new CcwTool();
        using var other = new CcwTool();
        string src = other.Write("far.ccw", "program p format1 at 0x1000\n    TIC nowhere\n");

        var (_, output, _) = tool.Run("check", src, "--format", "sarif", "--base-dir", tool.Folder);
        var artifact = JsonNode.Parse(output)!["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;

        Assert.Equal(new Uri(src).AbsoluteUri, (string?)artifact["uri"]);
        Assert.Null(artifact["uriBaseId"]);
    }

    [Fact]
    public void Driver_HasVersionAndRulesWithAbsoluteHelp()
    {
        using var tool = new CcwTool();

        var (_, log, _) = Check(tool);
        var driver = log["runs"]![0]!["tool"]!["driver"]!;

        Assert.Matches(@"^\d+\.\d+\.\d+$", (string?)driver["version"]);
        Assert.Equal((string?)driver["version"], (string?)driver["semanticVersion"]);
        Assert.StartsWith("https://", (string?)driver["informationUri"]);
        var rules = driver["rules"]!.AsArray();
        Assert.Equal(new[] { "CCW0100", "CCW0202", "CCW0207" }, rules.Select(r => (string?)r!["id"]));
        Assert.Equal("https://github.com/s390ccw/s390ccw/blob/main/docs/diagnostics.md#ccw0202", (string?)rules[1]!["helpUri"]);
        Assert.Equal("warning", (string?)rules[1]!["defaultConfiguration"]!["level"]);
    }

    [Fact]
    public void HelpUriBase_IsConfigurable()
    {
        using var tool = new CcwTool();

        var (_, log, _) = Check(tool, "--help-uri-base", "https://example.org/ccw/diagnostics.html");

        Assert.Equal("https://example.org/ccw/diagnostics.html#ccw0100", (string?)log["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!["helpUri"]);
    }

    [Fact]
    public void RelativeHelpUriBase_IsAUsageError()
    {
        using var tool = new CcwTool();

        var (exit, _, err) = tool.Run("check", tool.Write("z.ccw", Sources.Zipl), "--format", "sarif", "--help-uri-base", "docs/diagnostics.md");

        Assert.Equal(2, exit);
        Assert.Contains("is not an absolute URI", err);
    }

    [Fact]
    public void Invocation_SaysTheRunSucceededAndItsExitCode()
    {
        using var tool = new CcwTool();

        var (exit, log, _) = Check(tool);
        var invocation = log["runs"]![0]!["invocations"]![0]!;

        Assert.True((bool)invocation["executionSuccessful"]!);
        Assert.Equal(exit, (int)invocation["exitCode"]!);
        Assert.Equal("check", (string?)invocation["arguments"]![0]);
        Assert.StartsWith("ccw check ", (string?)invocation["commandLine"]);
    }

    [Fact]
    public void UnreadableFile_IsANotificationAndTheRunDidNotSucceed()
    {
        using var tool = new CcwTool();
        string bad = tool.Write("bad.ccw", "program p format1 at 0x1000\n    TIC nowhere\n");

        var (exit, output, err) = tool.Run("check", bad, tool.PathOf("missing.ccw"), "--format", "sarif", "--base-dir", tool.Folder);
        var results = Validate(output);
        var invocation = JsonNode.Parse(output)!["runs"]![0]!["invocations"]![0]!;

        Assert.Equal(2, exit);
        Assert.True(results.IsValid, Errors(results));
        Assert.False((bool)invocation["executionSuccessful"]!);
        Assert.Equal(2, (int)invocation["exitCode"]!);
        var notification = invocation["toolExecutionNotifications"]![0]!;
        Assert.Equal("error", (string?)notification["level"]);
        Assert.Equal("missing.ccw", (string?)notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Contains("missing.ccw", (string?)notification["message"]!["text"]);
        Assert.Equal("bad.ccw", (string?)JsonNode.Parse(output)!["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.StartsWith("ccw: ", err);
    }
}
