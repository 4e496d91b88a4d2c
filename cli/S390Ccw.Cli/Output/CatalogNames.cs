using System;
using System.Collections.Generic;
using System.Reflection;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Cli.Output;

/// <summary>
/// The catalogue's IDs with the names of their entries (CCW0202 is PrefetchHazardSplittable…), read from
/// <see cref="DiagnosticCatalog"/>'s fields so that no second list can drift from it.
/// </summary>
internal static class CatalogNames
{
    private static readonly Lazy<Dictionary<string, string>> ById = new(() =>
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in typeof(DiagnosticCatalog).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is DiagnosticDescriptor descriptor) names[descriptor.Id] = field.Name;
        }
        return names;
    });

    public static bool IsKnown(string id) => ById.Value.ContainsKey(id);

    /// <summary>The entry's name, or the ID itself for a descriptor that is not in the catalogue.</summary>
    public static string NameOf(string id) => ById.Value.TryGetValue(id, out var name) ? name : id;
}
