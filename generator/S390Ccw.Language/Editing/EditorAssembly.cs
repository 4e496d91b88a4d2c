using System;
using S390Ccw.Language.Parsing;

namespace S390Ccw.Language.Editing;

/// <summary>
/// An assembly and the <see cref="SourceIndex"/> of the same parse, for editors that need both after every
/// edit: one parse instead of two (the parse is more than half of an assembly's time). The index is built
/// from the kept parse when first asked for, so diagnostics, which need only the assembly, never wait for it.
/// </summary>
public sealed class EditorAssembly
{
    private readonly Lazy<SourceIndex> _index;

    private EditorAssembly(AssemblyResult assembly, ParsedFile? parsed)
    {
        Assembly = assembly;
        _index = new Lazy<SourceIndex>(() => IndexOf(parsed), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public AssemblyResult Assembly { get; }

    public SourceIndex Index => _index.Value;

    /// <summary>Never throws, as <see cref="CcwAssembler.Assemble(string, string?, IIncludeResolver?)"/>.</summary>
    public static EditorAssembly Assemble(string text, string? filePath = null, IIncludeResolver? includes = null)
    {
        ParsedFile? parsed = null;
        var assembly = CcwAssembler.Assemble(text, filePath, includes, file => parsed = file);
        return new EditorAssembly(assembly, parsed);
    }

    private static SourceIndex IndexOf(ParsedFile? parsed)
    {
        if (parsed is null) return SourceIndex.Empty; // the parser itself failed (CCW0099): nothing to index
        try
        {
            return SourceIndex.From(parsed);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return SourceIndex.Empty; // the index is a convenience; the assembly has reported what it found
        }
    }
}
