using System;
using System.Collections.Generic;

namespace S390Ccw.Cli.Lsp.Features;

/// <summary>
/// The one word a misspelling most likely meant: the candidate nearest by edit distance (Levenshtein), when
/// it is near (at most 2 edits, fewer than half the word) and no other candidate is as near, so that the
/// quick fix it offers is the obvious one.
/// </summary>
internal static class SpellingSuggestion
{
    public static string? Nearest(string word, IEnumerable<string> candidates, StringComparison comparison)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        bool tie = false;
        int limit = Math.Min(2, (word.Length - 1) / 2);
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, word, comparison)) continue;
            int distance = Distance(word, candidate, comparison);
            if (distance > limit) continue;
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (candidate, distance, false);
            }
            else if (distance == bestDistance && !string.Equals(candidate, best, comparison))
            {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static int Distance(string a, string b, StringComparison comparison)
    {
        if (Math.Abs(a.Length - b.Length) > 2) return int.MaxValue;
        bool ignoreCase = comparison == StringComparison.OrdinalIgnoreCase;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                char x = a[i - 1], y = b[j - 1];
                bool same = ignoreCase ? char.ToUpperInvariant(x) == char.ToUpperInvariant(y) : x == y;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (same ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
