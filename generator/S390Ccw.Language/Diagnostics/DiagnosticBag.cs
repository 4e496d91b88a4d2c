using System.Collections.Generic;

namespace S390Ccw.Language.Diagnostics;

/// <summary>Collects the diagnostics of one assembly run in the order they are found.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<CcwDiagnostic> _items = new();

    public DiagnosticBag(string? filePath)
    {
        FilePath = filePath;
    }

    public string? FilePath { get; }

    public bool HasErrors { get; private set; }

    public IReadOnlyList<CcwDiagnostic> Items => _items;

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args)
    {
        _items.Add(new CcwDiagnostic(descriptor, descriptor.Format(args), FilePath, span));
        if (descriptor.Severity == DiagnosticSeverity.Error) HasErrors = true;
    }
}
