namespace S390Ccw.Generator.Models;

/// <summary>A label of a program and the storage address it names.</summary>
internal sealed record LabelSpec(string Name, uint Address);
