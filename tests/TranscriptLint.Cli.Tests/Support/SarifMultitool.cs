using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace TranscriptLint.Tests.Support;

/// <summary>
/// Microsoft's SARIF validator (npm <c>@microsoft/sarif-multitool</c>), run through <c>npx</c>. The first use in a test
/// run installs it into npx's cache (once: <see cref="SkipReason"/> is computed once per process); where npx or the
/// package cannot be had, the tests that need it are skipped with the reason, never passed.
/// </summary>
public static class SarifMultitool
{
    public const string Package = "@microsoft/sarif-multitool@5.7.0";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);
    private static readonly Lazy<string?> Probe = new(FindSkipReason);

    /// <summary>Why the validator cannot run here, or null when it can (it is then installed).</summary>
    public static string? SkipReason => Probe.Value;

    /// <summary>
    /// Validates a SARIF file and returns the validator's findings of level error or warning, one line each
    /// (<c>level RULE: message</c>); <paramref name="ruleKind"/> is passed as <c>--rule-kind</c> (e.g. <c>Gh</c>, GitHub's ingestion rules).
    /// </summary>
    public static IReadOnlyList<string> Validate(string sarifPath, string? ruleKind = null)
    {
        string work = Path.Combine(Path.GetTempPath(), "tl-sarif-multitool-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            string report = Path.Combine(work, "validation.sarif");
            var args = new List<string> { "--yes", Package, "validate", sarifPath, "--output", report, "--log", "ForceOverwrite" };
            if (ruleKind is not null) args.AddRange(new[] { "--rule-kind", ruleKind });
            var (exit, output, timedOut) = Npx(work, args, RunTimeout);
            if (timedOut) throw new TimeoutException($"sarif-multitool validate did not finish in {RunTimeout}:\n{output}");
            if (exit != 0 || !File.Exists(report)) throw new InvalidOperationException($"sarif-multitool validate failed (exit {exit}):\n{output}");

            var problems = new List<string>();
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            foreach (var run in json.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (run.TryGetProperty("results", out var results))
                {
                    foreach (var result in results.EnumerateArray())
                    {
                        string level = result.TryGetProperty("level", out var l) ? l.GetString()! : "warning";
                        if (level is "error" or "warning") problems.Add($"{level} {result.GetProperty("ruleId").GetString()}: {Message(result)}");
                    }
                }

                if (run.TryGetProperty("invocations", out var invocations))
                {
                    foreach (var invocation in invocations.EnumerateArray())
                    {
                        if (!invocation.TryGetProperty("toolExecutionNotifications", out var notes)) continue;
                        foreach (var note in notes.EnumerateArray())
                        {
                            string level = note.TryGetProperty("level", out var l) ? l.GetString()! : "warning";
                            if (level is "error" or "warning") problems.Add($"{level} (tool): {Message(note)}");
                        }
                    }
                }
            }

            return problems;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string Message(JsonElement item)
    {
        var message = item.GetProperty("message");
        if (message.TryGetProperty("text", out var text)) return text.GetString()!;
        string id = message.TryGetProperty("id", out var i) ? i.GetString()! : string.Empty;
        string arguments = message.TryGetProperty("arguments", out var a) ? string.Join(" | ", a.EnumerateArray().Select(x => x.GetString())) : string.Empty;
        return $"{id} [{arguments}]";
    }

    private static string? FindSkipReason()
    {
        if (FindOnPath("npx") is null) return $"npx is not on PATH: install Node.js and npm to validate SARIF with {Package}.";
        string work = Path.Combine(Path.GetTempPath(), "tl-sarif-multitool-probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var (exit, output, timedOut) = Npx(work, new[] { "--yes", Package, "--version" }, InstallTimeout);
            if (timedOut) return $"npx did not install {Package} within {InstallTimeout.TotalMinutes} minutes (no registry?).";
            if (exit != 0 || !output.Contains("5.7.0")) return $"npx could not run {Package} (exit {exit}): {Tail(output)}";
            return null;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException)
        {
            return $"npx could not be started: {ex.Message}";
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static (int ExitCode, string Output, bool TimedOut) Npx(string workingDirectory, IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(FindOnPath("npx") ?? "npx")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["npm_config_update_notifier"] = "false";
        start.Environment["npm_config_fund"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            return (-1, stdout.Result + stderr.Result, true);
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result, false);
    }

    private static string? FindOnPath(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in OperatingSystem.IsWindows() ? new[] { name + ".cmd", name + ".exe" } : new[] { name })
            {
                string full = Path.Combine(folder, candidate);
                if (File.Exists(full)) return full;
            }
        }

        return null;
    }

    private static string Tail(string text)
    {
        var lines = text.Replace("\r\n", "\n").Trim().Split('\n');
        return string.Join(" / ", lines.Skip(Math.Max(0, lines.Length - 5)));
    }
}

/// <summary>A fact that needs <see cref="SarifMultitool"/>; skipped, with the reason, where npx or the package is not available.</summary>
public sealed class SarifMultitoolFactAttribute : FactAttribute
{
    public SarifMultitoolFactAttribute()
    {
        if (SarifMultitool.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>
/// A fact that needs <see cref="SarifMultitool"/> and the corpus generator <c>../shared/bench/gen-corpus.py</c> (with python3);
/// skipped, with the reason, where either is missing.
/// </summary>
public sealed class SarifMultitoolCorpusFactAttribute : FactAttribute
{
    public SarifMultitoolCorpusFactAttribute()
    {
        if (GeneratedCorpus.SkipReason is { } corpus) Skip = corpus;
        else if (SarifMultitool.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>A corpus from <c>../shared/bench/gen-corpus.py</c>: transcripts in the four dialects with known defects.</summary>
public static class GeneratedCorpus
{
    public static string Generator => Path.Combine(RepoPaths.Root, "..", "shared", "bench", "gen-corpus.py");

    public static string? SkipReason =>
        !File.Exists(Generator) ? $"{Path.GetFullPath(Generator)} does not exist: clone the repo beside the shared folder to run this test."
        : !File.Exists("/usr/bin/python3") && !File.Exists("/usr/local/bin/python3") && !OperatingSystem.IsWindows() ? "python3 is not installed: the corpus generator needs it."
        : null;

    /// <summary>Writes a corpus of <paramref name="files"/> transcripts into <paramref name="folder"/>.</summary>
    public static void Generate(string folder, int files, int seed)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Generator, "--out", folder, "--files", files.ToString(), "--seed", seed.ToString() }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "gen-corpus.py failed: " + stderr.Result);
    }
}
