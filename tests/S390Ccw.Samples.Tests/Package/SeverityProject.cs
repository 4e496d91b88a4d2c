using System.IO;

namespace S390Ccw.Samples.Tests.Package;

/// <summary>
/// A library that uses the package with .editorconfig severities for its .ccw files: the same hazardous
/// volume in three folders. The root .editorconfig makes CCW0202 an error in every .ccw file and turns it
/// off in muted/ by a later section; quiet/ (no C# file in it) has its own .editorconfig that turns it off.
/// </summary>
internal static class SeverityProject
{
    public const string Name = "Severity";

    public static void WriteTo(string directory, string packageVersion)
    {
        foreach (string folder in new[] { "strict", "muted", "quiet" })
        {
            Directory.CreateDirectory(Path.Combine(directory, folder));
            File.WriteAllText(Path.Combine(directory, folder, folder + ".ccw"), ConsumerProject.HazardVolume);
        }
        File.WriteAllText(Path.Combine(directory, Name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Severity</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="S390Ccw" Version="{packageVersion}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), """
            root = true

            [*.ccw]
            dotnet_diagnostic.CCW0202.severity = error

            [muted/*.ccw]
            dotnet_diagnostic.CCW0202.severity = none
            """);
        File.WriteAllText(Path.Combine(directory, "quiet", ".editorconfig"), """
            [*.ccw]
            dotnet_diagnostic.CCW0202.severity = none
            """);
        File.WriteAllText(Path.Combine(directory, "Marker.cs"), """
            namespace Severity;

            public static class Marker
            {
                public static string Volume => Strict.VolumePKG001.Volser + Muted.VolumePKG001.Volser + Quiet.VolumePKG001.Volser;
            }
            """);
    }
}
