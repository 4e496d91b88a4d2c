using System;
using System.IO;
using System.Text;

namespace S390Ccw.Generator.Helpers;

/// <summary>Stable C# names and hint names derived from .ccw paths and program names (never from GetHashCode, Roslyn docs/features/incremental-generators.cookbook.md, models that cache (value equality, no symbols or syntax)).</summary>
internal static class Naming
{
    public static string TypeNameFromFile(string path) => ToPascalCase(Path.GetFileNameWithoutExtension(path));

    /// <summary>Project-relative path, sanitized, so two files of the same name in different folders get different hints.</summary>
    public static string HintNameFromPath(string path, string projectDir)
    {
        string relative = path;
        if (!string.IsNullOrEmpty(projectDir) && path.StartsWith(projectDir, StringComparison.Ordinal))
            relative = path.Substring(projectDir.Length);
        var sb = new StringBuilder(relative.Length + 8);
        foreach (char c in relative)
            sb.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_');
        return sb.Append(".g.cs").ToString().TrimStart('_');
    }

    public static string ToPascalCase(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool upper = true;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }
        if (sb.Length == 0 || char.IsDigit(sb[0])) sb.Insert(0, '_');
        return sb.ToString();
    }

    /// <summary>A string as a C# regular literal.</summary>
    public static string Literal(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
