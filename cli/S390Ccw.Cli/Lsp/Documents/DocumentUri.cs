using System;

namespace S390Ccw.Cli.Lsp.Documents;

/// <summary>file: URIs and local paths (RFC 8089), as clients send them (percent-encoded).</summary>
internal static class DocumentUri
{
    public static string? ToFilePath(string uri)
    {
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile) return null;
        return parsed.LocalPath;
    }

    public static string FromFilePath(string path) => new System.Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri;
}
