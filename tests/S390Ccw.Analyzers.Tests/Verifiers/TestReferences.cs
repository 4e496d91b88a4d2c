using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace S390Ccw.Analyzers.Tests.Verifiers;

/// <summary>What test compilations reference: the net10.0 reference pack (restored by the testing library from the package source) and our two assemblies.</summary>
internal static class TestReferences
{
    public static ReferenceAssemblies Net10 { get; } =
        new("net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"), Path.Combine("ref", "net10.0"));

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(Runtime.Programs.ChannelProgram).Assembly.Location);

    public static MetadataReference Language { get; } = MetadataReference.CreateFromFile(typeof(Language.Encoding.Ccw).Assembly.Location);
}
