using System;

namespace S390Ccw.Language.Editing;

/// <summary>
/// An assembly and the <see cref="SourceIndex"/> of the same parse, for editors that need both after every
/// edit: one parse instead of two (the parse is about half of an assembly's time).
/// </summary>
public sealed class EditorAssembly
{
    private EditorAssembly(AssemblyResult assembly, SourceIndex index)
    {
        Assembly = assembly;
        Index = index;
    }

    public AssemblyResult Assembly { get; }

    public SourceIndex Index { get; }

    /// <summary>Never throws, as <see cref="CcwAssembler.Assemble(string, string?, IIncludeResolver?)"/>.</summary>
    public static EditorAssembly Assemble(string text, string? filePath = null, IIncludeResolver? includes = null)
    {
        SourceIndex? index = null;
        var assembly = CcwAssembler.Assemble(text, filePath, includes, parsed =>
        {
            try
            {
                index = SourceIndex.From(parsed);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                index = SourceIndex.Empty; // the index is a convenience; the assembly goes on and reports what it finds
            }
        });
        return new EditorAssembly(assembly, index ?? SourceIndex.Empty);
    }
}
