using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using TranscriptLint.Engine;
using TranscriptLint.Text;

// Usage: dotnet run -c Release --project tests/TranscriptLint.Benchmarks -- CORPUS_DIR [--repeat N]
// Prints, per phase, the time to read, decode and lint every transcript under CORPUS_DIR through the same LintSession
// the CLI runs, in one thread and in parallel, with throughput and memory figures. Compare "read" with `wc -l` on the
// same files (scripts/perf.sh prints the whole-process table). CI runs it with --repeat 1 on a small generated corpus
// so that it keeps building and running.
if (args.Length == 0 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: TranscriptLint.Benchmarks CORPUS_DIR [--repeat N]");
    return 2;
}

int repeat = args.Length >= 3 && args[1] == "--repeat" ? int.Parse(args[2]) : 3;
string root = Path.GetFullPath(args[0]);
var plan = new LintSession(DiskLintHost.Default).Run(new[] { LintInput.Path(root, root) });
var files = plan.Outcomes.Select(o => o.FullPath).ToArray();
long bytes = files.Sum(f => new FileInfo(f).Length);
Console.WriteLine($"{files.Length} files, {bytes / 1048576.0:0.0} MiB, {Environment.ProcessorCount} cores");

if (repeat > 1) Lint(parallel: true); // warm up the JIT and the page cache once

Measure("read bytes (1 thread)", () => { foreach (var f in files) File.ReadAllBytes(f); return 0; });
Measure("read + decode + line index (1 thread)", () => { long n = 0; foreach (var f in files) n += SourceText.FromBytes(File.ReadAllBytes(f)).LineCount; return n; });
Measure("lint (1 thread)", () => Lint(parallel: false));
Measure("lint session (parallel)", () => Lint(parallel: true));

long findings = Lint(parallel: true);
Console.WriteLine($"findings: {findings}");
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MiB, GC heap now: {GC.GetTotalMemory(false) / 1048576.0:0} MiB");
return findings >= 0 ? 0 : 1;

long Lint(bool parallel)
{
    if (parallel) return new LintSession(DiskLintHost.Default).Run(new[] { LintInput.Path(root, root) }).Diagnostics.LongCount();
    long count = 0;
    var session = new LintSession(DiskLintHost.Default);
    foreach (var f in files) count += session.LintFile(f, named: false, default) is { IsLinted: true } outcome ? outcome.Result!.Diagnostics.Count : 0;
    return count;
}

void Measure(string name, Func<long> action)
{
    var times = new double[repeat];
    long allocated = 0;
    for (int i = 0; i < repeat; i++)
    {
        long before = GC.GetTotalAllocatedBytes(precise: false);
        var watch = Stopwatch.StartNew();
        action();
        times[i] = watch.Elapsed.TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(precise: false) - before;
    }

    double best = times.Min();
    Console.WriteLine($"{name,-40} best {best * 1000,8:0} ms  {bytes / 1048576.0 / best,7:0.0} MiB/s  {files.Length / best,8:0} files/s  allocated {allocated / 1048576.0,7:0} MiB");
}
