using System;
using System.Collections.Generic;

namespace S390Ccw.Cli.Usage;

/// <summary>The candidate a mistyped word most likely meant: the smallest edit distance (an adjacent swap counts as one edit), within a third of the word's length.</summary>
internal static class ClosestName
{
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int allowed = Math.Max(1, typed.TrimStart('-').Length / 3);
        foreach (string candidate in candidates)
        {
            int distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            bool prefix = candidate.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && typed.TrimStart('-').Length >= 2;
            if (prefix) distance = Math.Min(distance, 1);
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
