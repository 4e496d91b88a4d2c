using S390Ccw.Language;

namespace S390Ccw.Generator.Helpers;

/// <summary>
/// Included payload files (<c>record … data file "x.bin"</c>) are binary, so they cannot travel as
/// AdditionalFiles text; the generator reads them from disk beside the .ccw file with the language
/// core's resolver, which refuses paths that leave that folder. The cost: the IDE does not re-run the
/// generator when only the payload changes (a build does).
/// </summary>
internal sealed class GeneratorIncludeResolver : IIncludeResolver
{
    public static GeneratorIncludeResolver Instance { get; } = new();

    public bool TryRead(string? includingFilePath, string relativePath, out byte[] contents, out string error)
    {
        if (string.IsNullOrEmpty(includingFilePath))
        {
            contents = System.Array.Empty<byte>();
            error = "an inline program cannot include files; put the volume in a .ccw file";
            return false;
        }
        return DiskIncludeResolver.Instance.TryRead(includingFilePath, relativePath, out contents, out error);
    }
}
