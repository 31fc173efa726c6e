using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Xunit;

namespace TranscriptLint.Tests.Support;

/// <summary>
/// Runs the command as a user that file permissions apply to. Root ignores them (an unreadable folder is readable to
/// root), so as root the command runs as 'nobody' through setpriv, from a copy of its assemblies that user can read;
/// as anyone else it runs in-process.
/// </summary>
public static class Unprivileged
{
    private const string SetPriv = "/usr/bin/setpriv";

    public static bool IsRoot => (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && geteuid() == 0;

    /// <summary>Why a permissions test cannot run here, or null.</summary>
    public static string? SkipReason =>
        !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() ? "Unix file permissions only"
        : IsRoot && !File.Exists(SetPriv) ? "running as root, and no setpriv to drop to an unprivileged user"
        : null;

    public static (int ExitCode, string Stdout, string Stderr) Run(string currentDirectory, params string[] args)
    {
        if (!IsRoot) return CliRunner.Run(currentDirectory, args);

        string bin = Path.Combine(Path.GetTempPath(), "tl-cli-bin-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(bin);
        try
        {
            foreach (var name in new[] { "transcriptlint.dll", "transcriptlint.runtimeconfig.json", "transcriptlint.deps.json", "TranscriptLint.Core.dll", "System.CommandLine.dll" })
            {
                File.Copy(Path.Combine(AppContext.BaseDirectory, name), Path.Combine(bin, name));
            }

            File.SetUnixFileMode(bin, (UnixFileMode)0b111_101_101);
            var start = new ProcessStartInfo(SetPriv)
            {
                WorkingDirectory = currentDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "--", "dotnet", Path.Combine(bin, "transcriptlint.dll") }) start.ArgumentList.Add(arg);
            foreach (var arg in args) start.ArgumentList.Add(arg);
            start.Environment["HOME"] = Path.GetTempPath();
            start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("transcriptlint did not finish in 2 minutes.");
            }

            return (process.ExitCode, stdout.Replace("\r\n", "\n"), stderr.Result.Replace("\r\n", "\n"));
        }
        finally
        {
            Directory.Delete(bin, recursive: true);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern uint geteuid();
}

/// <summary>A fact that needs file permissions to hold (see <see cref="Unprivileged"/>); skipped, with the reason, where they cannot.</summary>
public sealed class UnixPermissionsFactAttribute : FactAttribute
{
    public UnixPermissionsFactAttribute()
    {
        if (Unprivileged.SkipReason is { } reason) Skip = reason;
    }
}
