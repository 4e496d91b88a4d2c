using System;
using System.IO;
using S390Ccw.Fuzz.Targets;

namespace S390Ccw.Fuzz;

/// <summary>
/// <c>S390Ccw.Fuzz TARGET</c>: runs one harness (language, image or channel) under afl-fuzz through
/// SharpFuzz's fork server (scripts/fuzz.sh), or once on standard input without afl-fuzz;
/// <c>S390Ccw.Fuzz TARGET FILE...</c> replays files (a crash, a corpus) and says which fail.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || Target(args[0]) is not { } target)
        {
            Console.Error.WriteLine("usage: S390Ccw.Fuzz language|image|channel [FILE...]");
            return 2;
        }
        if (args.Length == 1)
        {
            SharpFuzz.Fuzzer.Run(stream =>
            {
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                target(copy.ToArray());
            });
            return 0;
        }
        int failed = 0;
        for (int i = 1; i < args.Length; i++)
        {
            try
            {
                target(File.ReadAllBytes(args[i]));
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"{args[i]}: {e.GetType().Name}: {e.Message}");
            }
        }
        Console.WriteLine($"{args.Length - 1} inputs, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    public static Action<byte[]>? Target(string name) => name switch
    {
        "language" => LanguageTarget.Run,
        "image" => ImageTarget.Run,
        "channel" => ChannelTarget.Run,
        _ => null,
    };
}
