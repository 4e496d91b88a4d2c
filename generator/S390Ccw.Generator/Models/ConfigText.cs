namespace S390Ccw.Generator.Models;

/// <summary>One .editorconfig or global config file the package passes as an additional file.</summary>
internal sealed record ConfigText(string Path, string Text);
