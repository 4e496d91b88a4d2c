using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;

namespace S390Ccw.Cli.Lsp.EditorConfig;

/// <summary>
/// The EditorConfig properties of a file: every .editorconfig from the file's folder up to the first that
/// says <c>root = true</c>, nearer files overriding farther ones (editorconfig.org, "File Processing").
/// Parsed files are cached by path and last write time, so an edit of an .editorconfig takes effect at
/// the next analysis.
/// </summary>
internal sealed class EditorConfigReader
{
    private readonly ConcurrentDictionary<string, (DateTime Stamp, EditorConfigFile File)> _cache = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> PropertiesFor(string filePath)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        string full;
        try
        {
            full = Path.GetFullPath(filePath);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return properties;
        }
        var chain = new List<EditorConfigFile>();
        for (var folder = Path.GetDirectoryName(full); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var file = Load(Path.Combine(folder, ".editorconfig"));
            if (file is null) continue;
            chain.Add(file);
            if (file.IsRoot) break;
        }
        for (int i = chain.Count - 1; i >= 0; i--) chain[i].Apply(full, properties);
        return properties;
    }

    private EditorConfigFile? Load(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var stamp = File.GetLastWriteTimeUtc(path);
            if (_cache.TryGetValue(path, out var cached) && cached.Stamp == stamp) return cached.File;
            var parsed = EditorConfigFile.Parse(Path.GetDirectoryName(path)!, File.ReadAllText(path));
            _cache[path] = (stamp, parsed);
            return parsed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
