using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using S390Ccw.Language.Editing;
using Xunit;

namespace S390Ccw.Cli.Tests.Lsp;

/// <summary>
/// The TextMate grammar of editors/vscode spells the language's words a second time (a grammar cannot ask
/// the parser); these tests keep it in step with the command table, the flags and the directives.
/// </summary>
public sealed class GrammarVocabularyTests
{
    private static readonly JsonElement Repository =
        JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("editors", "vscode", "syntaxes", "ccw.tmLanguage.json"))).RootElement.GetProperty("repository");

    private static Regex Rule(string name) =>
        new(Repository.GetProperty(name).GetProperty("match").GetString()!, RegexOptions.CultureInvariant);

    [Fact]
    public void EveryMnemonic_IsAMnemonicOfTheGrammar()
    {
        var mnemonic = Rule("mnemonic");
        foreach (var command in Vocabulary.Commands)
        {
            var match = mnemonic.Match(command.Mnemonic);
            Assert.True(match.Success && match.Length == command.Mnemonic.Length, command.Mnemonic);
        }
    }

    [Fact]
    public void EveryFlag_IsAFlagOfTheGrammar()
    {
        var flag = Rule("flag");
        foreach (var (name, _) in Vocabulary.Flags)
        {
            var match = flag.Match(name);
            Assert.True(match.Success && match.Length == name.Length, name);
        }
    }

    [Fact]
    public void EveryDirective_IsAKeywordOfTheGrammar()
    {
        string grammar = Repository.GetRawText();
        foreach (var directive in Vocabulary.Directives)
            Assert.Matches("\\|" + Regex.Escape(directive) + "[|)]|\\(" + Regex.Escape(directive) + "[|)]|\\?i:" + Regex.Escape(directive) + "\\)", grammar);
    }
}
