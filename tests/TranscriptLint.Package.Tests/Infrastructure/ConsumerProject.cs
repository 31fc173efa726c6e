using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TranscriptLint.Package.Tests.Infrastructure;

/// <summary>A throw-away project folder that references the packed TranscriptLint package.</summary>
public sealed class ConsumerProject
{
    private readonly PackageFixture fixture;

    public ConsumerProject(PackageFixture fixture, string directory)
    {
        this.fixture = fixture;
        Directory = directory;
    }

    public string Directory { get; }

    public string ProjectFile { get; private set; } = string.Empty;

    /// <summary>A Microsoft.Build.NoTargets docs project, as a docs repo would have.</summary>
    public ConsumerProject WithDocsProject(string properties = "", string items = "", string name = "docs.proj") =>
        WithProject(name, "Microsoft.Build.NoTargets/3.7.0", properties, items);

    /// <summary>A plain class library (Microsoft.NET.Sdk) with transcripts beside its code.</summary>
    public ConsumerProject WithLibraryProject(string properties = "", string items = "", string name = "lib.csproj") =>
        WithProject(name, "Microsoft.NET.Sdk", properties, items);

    /// <summary>Makes the project multi-targeted: <c>&lt;TargetFrameworks&gt;</c> instead of one <c>&lt;TargetFramework&gt;</c>.</summary>
    public ConsumerProject WithTargetFrameworks(string targetFrameworks)
    {
        File.WriteAllText(ProjectFile, File.ReadAllText(ProjectFile).Replace(
            "<TargetFramework>net10.0</TargetFramework>", $"<TargetFrameworks>{targetFrameworks}</TargetFrameworks>"));
        return this;
    }

    public ConsumerProject WithFile(string relativePath, string text)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>dotnet build (restoring unless told --no-restore), from the project folder.</summary>
    public BuildResult Build(params string[] args) => Run("build", args);

    public BuildResult Run(string command, params string[] args)
    {
        var all = new List<string> { command };
        all.AddRange(args);
        var result = DotNet.Run(Directory, fixture.Packages, all.ToArray());
        return new BuildResult(result.ExitCode, result.Output);
    }

    private ConsumerProject WithProject(string name, string sdk, string properties, string items)
    {
        ProjectFile = Path.Combine(Directory, name);
        File.WriteAllText(ProjectFile, $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TranscriptLint" Version="{fixture.Version}" PrivateAssets="all" />
            {items}
              </ItemGroup>
            </Project>
            """);
        return this;
    }
}

/// <summary>One finding as the console shows it: <c>file(line,col): warning TL0001: message [project]</c>.</summary>
public sealed record LoggedFinding(string File, int Line, int Column, string Severity, string Code, string Message, string Project)
{
    /// <summary>Compact form for assertions: <c>a.txt(10,1): warning TL0001</c>.</summary>
    public string Short => $"{File}({Line},{Column}): {Severity} {Code}";
}

public sealed class BuildResult
{
    private static readonly Regex FindingLine = new(
        @"^[ \t]*(?:\d+>)?(?<file>[^\s(][^(\r\n]*)\((?<line>\d+)(?:,(?<col>\d+))?\): (?<severity>warning|error) (?<code>TL\d{4}): (?<message>[^\r\n]*?) \[(?<project>[^\]\r\n]+)\][ \t]*\r?$",
        RegexOptions.Multiline);

    public BuildResult(int exitCode, string output)
    {
        ExitCode = exitCode;
        Output = output;
        Findings = FindingLine.Matches(output)
            .Select(m => new LoggedFinding(
                m.Groups["file"].Value,
                int.Parse(m.Groups["line"].Value),
                m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value) : 0,
                m.Groups["severity"].Value,
                m.Groups["code"].Value,
                m.Groups["message"].Value,
                m.Groups["project"].Value))
            .Distinct()
            .OrderBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
    }

    public int ExitCode { get; }

    public string Output { get; }

    /// <summary>Each distinct TL finding in the output (the console repeats them in its summary), in file order.</summary>
    public IReadOnlyList<LoggedFinding> Findings { get; }

    public IReadOnlyList<string> Short => Findings.Select(f => f.Short).ToList();

    public override string ToString() => $"exit {ExitCode}\n{Output}";
}
