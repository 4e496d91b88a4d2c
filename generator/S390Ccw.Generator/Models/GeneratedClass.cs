namespace S390Ccw.Generator.Models;

/// <summary>The class a .ccw file generates (namespace and name), for finding two files that generate the same one.</summary>
internal sealed record GeneratedClass(string FilePath, string FullName);
