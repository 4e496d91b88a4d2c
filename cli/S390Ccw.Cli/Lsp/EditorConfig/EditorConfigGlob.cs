using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace S390Ccw.Cli.Lsp.EditorConfig;

/// <summary>
/// An EditorConfig section name as a regular expression over '/'-separated paths relative to the
/// .editorconfig's folder (editorconfig.org specification, "Glob Expressions"): <c>*</c> any characters
/// but '/', <c>**</c> any characters, <c>?</c> one character, <c>[seq]</c> and <c>[!seq]</c>,
/// <c>{a,b}</c> alternatives and <c>{n1..n2}</c> integer ranges. A glob without '/' matches the file
/// name in any folder below.
/// </summary>
internal static class EditorConfigGlob
{
    public static Regex ToRegex(string glob)
    {
        string pattern = glob.Contains('/') ? glob.TrimStart('/') : "**/" + glob;
        var sb = new StringBuilder("^");
        int braces = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '*':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '*')
                    {
                        i++;
                        // "**/" also matches no folder at all.
                        if (i + 1 < pattern.Length && pattern[i + 1] == '/') { sb.Append("(?:.*/)?"); i++; }
                        else sb.Append(".*");
                    }
                    else
                    {
                        sb.Append("[^/]*");
                    }
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    int close = pattern.IndexOf(']', i + 1);
                    if (close < 0) { sb.Append("\\["); break; }
                    string set = pattern.Substring(i + 1, close - i - 1);
                    bool negate = set.StartsWith('!');
                    if (negate) set = set.Substring(1);
                    sb.Append(negate ? "[^" : "[").Append(set.Replace("\\", "\\\\").Replace("[", "\\[")).Append(']');
                    i = close;
                    break;
                case '{':
                    int end = pattern.IndexOf('}', i + 1);
                    if (end >= 0 && TryRange(pattern.Substring(i + 1, end - i - 1), out string range))
                    {
                        sb.Append(range);
                        i = end;
                    }
                    else if (end >= 0 && pattern.IndexOf(',', i + 1, end - i - 1) >= 0)
                    {
                        braces++;
                        sb.Append("(?:");
                    }
                    else
                    {
                        sb.Append("\\{");
                    }
                    break;
                case '}':
                    if (braces > 0) { braces--; sb.Append(')'); }
                    else sb.Append("\\}");
                    break;
                case ',':
                    sb.Append(braces > 0 ? "|" : ",");
                    break;
                case '\\':
                    if (i + 1 < pattern.Length) sb.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        for (; braces > 0; braces--) sb.Append(')');
        sb.Append('$');
        return new Regex(sb.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>{n1..n2}: any integer between the two, written without a sign or leading zeros.</summary>
    private static bool TryRange(string inner, out string regex)
    {
        regex = "";
        int dots = inner.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0
            || !int.TryParse(inner.AsSpan(0, dots), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int low)
            || !int.TryParse(inner.AsSpan(dots + 2), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int high)) return false;
        // Spelled out as alternatives; a range wider than this is no glob anyone writes for source files.
        if (high < low) (low, high) = (high, low);
        if (high - low > 10000) return false;
        var sb = new StringBuilder("(?:");
        for (int n = low; n <= high; n++) sb.Append(n == low ? "" : "|").Append(n.ToString(CultureInfo.InvariantCulture));
        regex = sb.Append(')').ToString();
        return true;
    }
}
