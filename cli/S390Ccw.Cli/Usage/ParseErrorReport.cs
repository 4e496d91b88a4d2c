using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace S390Ccw.Cli.Usage;

/// <summary>
/// Turns System.CommandLine's parse errors into lines a person understands: an unknown verb, option or
/// value is named with the closest real one, and the consequential errors it causes ("Required command
/// was not provided", the file after a mistyped verb, the value after a mistyped option) are not repeated.
/// </summary>
internal static class ParseErrorReport
{
    private const string NotAmong = @"^Argument '(?<value>[^']*)' not recognized\. Must be one of:(?<choices>.*)$";

    /// <summary>Tokens System.CommandLine took as argument values although they are spelled like options (<c>--warnasrror</c> as a file name).</summary>
    public static IReadOnlyList<string> OptionLikeArguments(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var known = new HashSet<string>(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)), StringComparer.Ordinal);
        return parse.Tokens.Where(t => t.Type == TokenType.Argument && t.Value.StartsWith("--", StringComparison.Ordinal) && t.Value.Length > 2 && !known.Contains(t.Value))
            .Select(t => t.Value).ToList();
    }

    public static void Write(ParseResult parse, TextWriter error)
    {
        var command = parse.CommandResult.Command;
        string usage = command is RootCommand ? "run 'ccw --help' for usage" : $"run 'ccw {command.Name} --help' for usage";
        string where = command is RootCommand ? "" : command.Name + ": ";
        var lines = new List<string>();
        var unmatched = parse.UnmatchedTokens;
        if (command is RootCommand && unmatched.Count > 0 && !unmatched[0].StartsWith('-'))
        {
            lines.Add(UnknownVerb(unmatched[0], command));
        }
        else
        {
            var optionLike = OptionLikeArguments(parse);
            bool afterUnknownOption = false;
            foreach (string token in unmatched.Concat(optionLike).Distinct())
            {
                bool isOption = token.StartsWith('-');
                if (!isOption && afterUnknownOption) continue;
                afterUnknownOption = isOption;
                lines.Add(where + (isOption ? UnknownOption(token, command) : $"unexpected argument '{token}'"));
            }
            foreach (var e in parse.Errors)
            {
                // "Required command was not provided" only restates that the unknown option was not a verb.
                if (command is RootCommand && lines.Count > 0) break;
                if (unmatched.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))) continue;
                lines.Add(where + Reword(e, command));
            }
        }
        lines = lines.Distinct().ToList();
        if (lines.Count == 0) lines.Add("the command line could not be parsed");
        for (int i = 0; i < lines.Count; i++)
            error.WriteLine(i == lines.Count - 1 ? $"ccw: {lines[i]} ({usage})" : $"ccw: {lines[i]}");
    }

    private static string UnknownVerb(string token, Command root)
    {
        var verbs = root.Subcommands.Select(c => c.Name).ToList();
        string? closest = ClosestName.Find(token, verbs);
        string known = $"the verbs are {string.Join(", ", verbs)}";
        return closest is null ? $"unknown verb '{token}'; {known}" : $"unknown verb '{token}'; did you mean '{closest}'? ({known})";
    }

    private static string UnknownOption(string token, Command command)
    {
        var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct();
        string option = token.Split('=', ':')[0];
        string? closest = ClosestName.Find(option, names);
        return closest is null ? $"unknown option '{option}'" : $"unknown option '{option}'; did you mean '{closest}'?";
    }

    /// <summary>System.CommandLine's wording, on one line, with the option named and the closest allowed value suggested.</summary>
    private static string Reword(ParseError error, Command command)
    {
        var match = Regex.Match(error.Message, NotAmong, RegexOptions.Singleline);
        string subject = error.SymbolResult is OptionResult option ? option.Option.Name : error.SymbolResult is ArgumentResult argument ? argument.Argument.Name : "";
        if (match.Success)
        {
            var choices = match.Groups["choices"].Value.Split(new[] { '\n', '\r', '\t', ' ', '\'' }, StringSplitOptions.RemoveEmptyEntries);
            string value = match.Groups["value"].Value;
            string? closest = ClosestName.Find(value, choices);
            string prefix = subject.Length > 0 ? subject + " " : "";
            return $"{prefix}'{value}' is not one of {string.Join(", ", choices)}" + (closest is null ? "" : $"; did you mean '{closest}'?");
        }
        if (error.Message.StartsWith("Required argument missing", StringComparison.Ordinal))
        {
            if (error.SymbolResult is OptionResult needsValue) return $"{needsValue.Option.Name} needs a value";
            if (command.Arguments.Count > 0) return $"missing {string.Join(" ", command.Arguments.Select(a => a.Name.ToUpperInvariant()))}";
        }
        if (command is RootCommand && error.Message.StartsWith("Required command", StringComparison.Ordinal))
            return $"no verb given; the verbs are {string.Join(", ", command.Subcommands.Select(c => c.Name))}";
        return Regex.Replace(error.Message, @"\s+", " ").Trim();
    }
}
