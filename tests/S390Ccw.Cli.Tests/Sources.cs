namespace S390Ccw.Cli.Tests;

internal static class Sources
{
    public const string Hello = S390Ccw.Tests.Shared.TestVolumes.Hello;

    public const string Zipl = S390Ccw.Tests.Shared.TestVolumes.ZiplStyle;
}
