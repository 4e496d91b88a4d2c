using System;
using System.IO;

namespace S390Ccw.Cli.Output;

/// <summary>
/// Where a SARIF log says a file is: relative to the run's source root (<c>--base-dir</c>), named by the
/// <c>SRCROOT</c> entry of <c>run.originalUriBaseIds</c> (SARIF 2.1.0 SA22-7832 ch. 16, "Incorrect Length".4, SA22-7832 ch. 16, "Subchannel-Status Word".14), so that a code-scanning
/// service maps it to the repository's file; an absolute <c>file:</c> URI for a file outside the root.
/// </summary>
internal sealed class SarifArtifactUris
{
    public const string SourceRootId = "SRCROOT";

    private readonly string _root;

    public SarifArtifactUris(string baseDirectory)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(baseDirectory)) + Path.DirectorySeparatorChar;
        RootUri = new Uri(_root).AbsoluteUri;
    }

    /// <summary>The source root as an absolute URI ending in '/', as SA22-7832 ch. 16, "Subchannel-Status Word".14 requires of a base.</summary>
    public string RootUri { get; }

    /// <summary>The file's URI reference and, when it is under the root, the base id it is relative to.</summary>
    public (string Uri, string? BaseId) Locate(string? path)
    {
        if (path is null) return ("input", null);
        string full = Path.GetFullPath(path);
        if (full.StartsWith(_root, StringComparison.Ordinal))
        {
            string relative = full.Substring(_root.Length).Replace(Path.DirectorySeparatorChar, '/');
            return (string.Join("/", Array.ConvertAll(relative.Split('/'), Uri.EscapeDataString)), SourceRootId);
        }
        return (new Uri(full).AbsoluteUri, null);
    }
}
