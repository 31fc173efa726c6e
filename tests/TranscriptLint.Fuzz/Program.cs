using System;
using System.IO;
using SharpFuzz;

namespace TranscriptLint.Fuzz;

/// <summary>
/// <c>TranscriptLint.Fuzz</c> (no arguments): the libFuzzer entry point, for libfuzzer-dotnet.
/// <c>--afl</c>: the AFL entry point (input on stdin or the file afl-fuzz names), for afl-fuzz.
/// <c>--replay FOLDER|FILE...</c>: runs each file through the target once, without a fuzzer (what the unit test does).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--afl")
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                FuzzTarget.LintAsEveryDialect(buffer.ToArray());
            });
            return 0;
        }

        if (args.Length > 0 && args[0] == "--replay")
        {
            int count = 0;
            for (int i = 1; i < args.Length; i++)
            {
                var files = Directory.Exists(args[i]) ? Directory.GetFiles(args[i], "*", SearchOption.AllDirectories) : new[] { args[i] };
                foreach (var file in files)
                {
                    FuzzTarget.LintAsEveryDialect(File.ReadAllBytes(file));
                    count++;
                }
            }

            Console.WriteLine($"{count} inputs replayed, no failure.");
            return 0;
        }

        Fuzzer.LibFuzzer.Run(span => FuzzTarget.LintAsEveryDialect(span));
        return 0;
    }
}
