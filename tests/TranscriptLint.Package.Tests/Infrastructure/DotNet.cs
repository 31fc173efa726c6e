using System;
using System.Collections;
using System.Diagnostics;
using System.Text;

namespace TranscriptLint.Package.Tests.Infrastructure;

/// <summary>The output (stdout and stderr, interleaved as they arrived) and exit code of one dotnet command.</summary>
public sealed record ProcessResult(int ExitCode, string Output);

/// <summary>
/// Runs the dotnet CLI the way a user's shell would: without the MSBuild variables the test host sets, with an
/// isolated NUGET_PACKAGES, and with no build servers left behind (-nodeReuse:false, no shared compilation).
/// </summary>
public static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static ProcessResult Run(string workingDirectory, string nugetPackages, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (args.Length > 0 && args[0] is "build" or "pack" or "msbuild" or "clean" or "restore")
        {
            start.ArgumentList.Add("-nodeReuse:false");
            start.ArgumentList.Add("-p:UseSharedCompilation=false");
            start.ArgumentList.Add("-tl:off");
        }

        // The test host (and dotnet test's MSBuild) set variables that would point a child build at the wrong MSBuild.
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            string name = (string)variable.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("NUGET_", StringComparison.OrdinalIgnoreCase) || name is "DOTNET_HOST_PATH" or "DOTNET_CLI_USE_MSBUILD_SERVER")
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["NUGET_PACKAGES"] = nugetPackages;
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["NUGET_CERT_REVOCATION_MODE"] = "offline";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(" ", args)} did not finish in {Timeout}.\n{output}");
        }

        process.WaitForExit();
        lock (output) return new ProcessResult(process.ExitCode, output.ToString());
    }
}
