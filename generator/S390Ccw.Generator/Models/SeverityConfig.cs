using System;
using System.Collections.Generic;
using System.Linq;
using S390Ccw.Generator.Helpers;

namespace S390Ccw.Generator.Models;

/// <summary>
/// The project's .editorconfig and global config files as plain text, compared by value so that the
/// .ccw outputs are re-reported only when a configuration file changes; the parsed form is built once.
/// </summary>
internal sealed class SeverityConfig : IEquatable<SeverityConfig>
{
    private readonly Lazy<CcwFileSeverities> _severities;

    public SeverityConfig(EquatableArray<ConfigText> files)
    {
        Files = files;
        _severities = new Lazy<CcwFileSeverities>(() => CcwFileSeverities.From(Files.Select(f => new KeyValuePair<string, string>(f.Path, f.Text))));
    }

    public EquatableArray<ConfigText> Files { get; }

    public CcwFileSeverities Severities => _severities.Value;

    public bool Equals(SeverityConfig? other) => other is not null && Files.Equals(other.Files);

    public override bool Equals(object? obj) => Equals(obj as SeverityConfig);

    public override int GetHashCode() => Files.GetHashCode();
}
