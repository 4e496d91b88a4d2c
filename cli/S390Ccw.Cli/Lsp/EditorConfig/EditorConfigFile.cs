using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace S390Ccw.Cli.Lsp.EditorConfig;

/// <summary>
/// One parsed .editorconfig: whether it is the root, and its sections in order, each a glob and its
/// key/value pairs (keys lower-cased, as the specification makes them case-insensitive). Lines that are
/// neither a section, a pair, a comment nor blank are ignored, as editors do.
/// </summary>
internal sealed class EditorConfigFile
{
    private EditorConfigFile(string folder, bool isRoot, IReadOnlyList<(Regex Glob, Dictionary<string, string> Properties)> sections)
    {
        Folder = folder;
        IsRoot = isRoot;
        Sections = sections;
    }

    /// <summary>The folder the section globs are relative to, with '/' separators.</summary>
    public string Folder { get; }

    public bool IsRoot { get; }

    public IReadOnlyList<(Regex Glob, Dictionary<string, string> Properties)> Sections { get; }

    public static EditorConfigFile Parse(string folder, string text)
    {
        bool isRoot = false;
        var sections = new List<(Regex, Dictionary<string, string>)>();
        Dictionary<string, string>? current = null;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';') continue;
            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                current = new Dictionary<string, string>(StringComparer.Ordinal);
                Regex glob;
                try
                {
                    glob = EditorConfigGlob.ToRegex(line.Substring(1, line.Length - 2));
                }
                catch (ArgumentException)
                {
                    continue; // a section name that is no valid glob applies to nothing
                }
                sections.Add((glob, current));
                continue;
            }
            int equals = line.IndexOf('=');
            if (equals <= 0) continue;
            string key = line.Substring(0, equals).Trim().ToLowerInvariant();
            string value = StripComment(line.Substring(equals + 1)).Trim();
            if (current is null)
            {
                if (key == "root") isRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                current[key] = value;
            }
        }
        return new EditorConfigFile(folder.Replace('\\', '/').TrimEnd('/'), isRoot, sections);
    }

    /// <summary>Adds the pairs of every section matching <paramref name="fullPath"/> to <paramref name="into"/>, later sections winning.</summary>
    public void Apply(string fullPath, IDictionary<string, string> into)
    {
        string path = fullPath.Replace('\\', '/');
        if (!path.StartsWith(Folder + "/", StringComparison.Ordinal)) return;
        string relative = path.Substring(Folder.Length + 1);
        foreach (var (glob, properties) in Sections)
        {
            bool matches;
            try
            {
                matches = glob.IsMatch(relative);
            }
            catch (RegexMatchTimeoutException)
            {
                matches = false;
            }
            if (!matches) continue;
            foreach (var pair in properties) into[pair.Key] = pair.Value;
        }
    }

    /// <summary>Comments may follow a value after " #" or " ;" (the specification's inline comments).</summary>
    private static string StripComment(string value)
    {
        for (int i = 1; i < value.Length; i++)
        {
            if ((value[i] == '#' || value[i] == ';') && char.IsWhiteSpace(value[i - 1])) return value.Substring(0, i);
        }
        return value;
    }
}
