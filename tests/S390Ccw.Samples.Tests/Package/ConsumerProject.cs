using System.IO;

namespace S390Ccw.Samples.Tests.Package;

/// <summary>
/// The files of a tiny project that uses the S390Ccw package the way a user does: a PackageReference, a
/// .ccw volume in a subfolder (with CcwNamespace metadata) whose IPL2 reads stage 3's CCWs and TICs to
/// them (a prefetch hazard the analyzers report), a second .ccw picked up by the default glob, an inline
/// [ChannelProgram] started on a subchannel, and IPL2 started with prefetch (reported at the call).
/// </summary>
internal static class ConsumerProject
{
    public const string Name = "Consumer";

    /// <summary>The line of boot/pkg.ccw whose READ_DATA loads stage 3's CCWs before the TIC runs them.</summary>
    public const int HazardLine = 6;

    /// <summary>Text of the Program.cs line that starts IPL2 with prefetch.</summary>
    public const string PrefetchStart = "Consumer.Volumes.Pkg.Ipl2.Program.Start(vfio, 0x0120, prefetch: true)";

    /// <summary>boot/pkg.ccw: IPL2 loads stage 3's CCWs and TICs to them (CCW0202 at <see cref="HazardLine"/>).</summary>
    public const string HazardVolume = """
            program ipl1 format0 at 0
                psw 0x00080000_80002000
                READ next -> ipl2, CC, SLI, len 144
                TIC ipl2
            program ipl2 format0 at 0x2000
                READ cyl0 trk0 rec4 -> stage3, CC
                TIC stage3
            program stage3 format0 at 0x3000
                READ cyl0 trk0 rec5 -> 0x10000, CC
                READ cyl0 trk0 rec6 -> 0
            volume PKG001 3390 cylinders 1
                standard track0 ipl1=ipl1 ipl2=ipl2
                record 0 0 4 data program stage3
                record 0 0 5 data ebcdic "PACKAGED"
                record 0 0 6 data psw 0x000A0000_0000CAFE
            """;

    public static void WriteTo(string directory, string packageVersion)
    {
        Directory.CreateDirectory(Path.Combine(directory, "boot"));
        File.WriteAllText(Path.Combine(directory, Name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Consumer</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="S390Ccw" Version="{packageVersion}" />
              </ItemGroup>
              <ItemGroup>
                <!-- Metadata on an item the package's props added (NuGet docs, "buildTransitive" props; Roslyn docs/features/source-generators.cookbook.md, additional files). -->
                <AdditionalFiles Update="boot/pkg.ccw" CcwNamespace="Consumer.Volumes" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "boot", "pkg.ccw"), HazardVolume);
        File.WriteAllText(Path.Combine(directory, "extra.ccw"), """
            program probe format1 at 0x3000
                NOP 0, len 1
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), $$"""
            using System;
            using System.IO;
            using S390Ccw;
            using S390Ccw.Language.Encoding;
            using S390Ccw.Runtime.Channel;
            using S390Ccw.Runtime.Devices.Eckd;
            using S390Ccw.Runtime.Images;
            using S390Ccw.Runtime.Ipl;
            using S390Ccw.Runtime.Programs;
            using S390Ccw.Runtime.Storage;

            namespace Consumer;

            internal static partial class Program
            {
                [ChannelProgram("READ cyl0 trk0 rec5 -> 0x20000, SLI, len 64")]
                private static partial ChannelProgram ReadPayload();

                private static int Main(string[] args)
                {
                    string image = Path.Combine(args[0], "pkg.3390");
                    Consumer.Volumes.Pkg.VolumePKG001.WriteImage(image);
                    using var volume = CkdImage.Open(image, readOnly: true);
                    Console.WriteLine("ipl " + new IplSequencer(volume).Run(IplMode.Hardware));

                    var channel = new ChannelSubsystem(new GuestStorage());
                    channel.Attach(0x0120, new Eckd3390Device(volume));
                    var start = ReadPayload().Start(channel, 0x0120);
                    Console.WriteLine($"inline {ReadPayload().Ccws.Count} CCWs cc={(int)start.ConditionCode} device={(byte)start.Scsw.DeviceStatus:X2} subchannel={(byte)start.Scsw.SubchannelStatus:X2} residual={start.Scsw.ResidualCount}");
                    Console.WriteLine("payload " + Ebcdic.Decode(channel.Storage.ReadBytes(0x20000, 8)));
                    Console.WriteLine("types " + typeof(Consumer.Volumes.Pkg).FullName + " " + typeof(Consumer.Extra.Probe).FullName);

                    var vfio = new ChannelSubsystem(new GuestStorage(), new ChannelOptions { Prefetch = PrefetchMode.VfioCcw });
                    vfio.Attach(0x0120, new Eckd3390Device(volume));
                    var stale = {{PrefetchStart}};
                    Console.WriteLine($"prefetch ended at 0x{stale.Scsw.CcwAddress - 8:X4} device={(byte)stale.Scsw.DeviceStatus:X2} subchannel={(byte)stale.Scsw.SubchannelStatus:X2}");
                    return 0;
                }
            }
            """);
    }
}
