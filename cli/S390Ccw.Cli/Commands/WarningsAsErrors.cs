using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Cli.Commands;

/// <summary>
/// <c>--warnaserror [ID[,ID]...]</c> as the C# compiler has it: every warning, or the listed IDs, reported
/// as errors. The option's parser takes the token after it whatever it is, so a value that is not a list
/// of IDs (<c>--warnaserror boot.ccw</c>) is handed back to the files.
/// </summary>
internal static class WarningsAsErrors
{
    private static readonly Regex IdList = new(@"^CCW\d{4}(,CCW\d{4})*$", RegexOptions.IgnoreCase);

    /// <summary>Splits the option's values into diagnostic IDs and the file names it took by mistake.</summary>
    public static (IReadOnlyList<string> Ids, IReadOnlyList<string> Files) Split(IEnumerable<string> values)
    {
        var ids = new List<string>();
        var files = new List<string>();
        foreach (string value in values)
        {
            if (!IdList.IsMatch(value))
            {
                files.Add(value);
                continue;
            }
            foreach (string id in value.ToUpperInvariant().Split(','))
            {
                if (!Output.CatalogNames.IsKnown(id)) throw new CliException($"--warnaserror: {id} is not a diagnostic ID of ccw (docs/diagnostics.md lists them)");
                ids.Add(id);
            }
        }
        return (ids, files);
    }

    /// <summary>Warnings (not notes) raised to errors: all of them when <paramref name="ids"/> is empty.</summary>
    public static IReadOnlyList<CcwDiagnostic> Apply(IReadOnlyList<CcwDiagnostic> diagnostics, IReadOnlyCollection<string> ids) =>
        diagnostics.Select(d => d.Severity == DiagnosticSeverity.Warning && (ids.Count == 0 || ids.Contains(d.Id)) ? d.WithSeverity(DiagnosticSeverity.Error) : d).ToList();
}
