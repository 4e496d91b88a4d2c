namespace S390Ccw.Language;

/// <summary>
/// Reads the bytes of a file named by <c>record … data file "path"</c>. A refusal or failure is
/// returned as a reason, which the assembler reports as CCW0114 at the path's span.
/// </summary>
public interface IIncludeResolver
{
    /// <param name="includingFilePath">The .ccw file that names the include (null for text without a file).</param>
    /// <param name="relativePath">The path as written in the source.</param>
    /// <param name="contents">The file's bytes when the method returns true; empty otherwise.</param>
    /// <param name="error">Why the file could not be read, when the method returns false.</param>
    bool TryRead(string? includingFilePath, string relativePath, out byte[] contents, out string error);
}
