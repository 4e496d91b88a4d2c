using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace S390Ccw.Generator.Tests.Infrastructure;

/// <summary>Emits a generator's output compilation to memory and loads it, so tests can run the generated code.</summary>
internal static class CompiledAssembly
{
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success)
            throw new XunitException("generated code does not compile:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(stream.ToArray());
    }

    public static T GetStaticField<T>(Assembly assembly, string typeName, string field)
    {
        var type = assembly.GetType(typeName) ?? throw new XunitException($"type {typeName} not generated");
        var info = type.GetField(field, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new XunitException($"{typeName}.{field} not generated");
        return (T)info.GetValue(null)!;
    }
}
