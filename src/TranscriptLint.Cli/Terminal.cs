using System;
using System.IO;
using System.Threading;

namespace TranscriptLint.Cli;

/// <summary>
/// What the command may do to a terminal: colour when standard output is one and neither <c>NO_COLOR</c> nor
/// <c>--no-color</c> says otherwise (https://no-color.org); a progress line on standard error for runs longer than a
/// second when standard error is one. Nothing of it reaches a file or a pipe.
/// </summary>
internal sealed class Terminal
{
    public Terminal(bool colour, bool progress)
    {
        Colour = colour;
        ShowsProgress = progress;
    }

    /// <summary>No colour, no progress: for tests and redirected output.</summary>
    public static readonly Terminal Plain = new(false, false);

    public bool Colour { get; }

    public bool ShowsProgress { get; }

    public static Terminal Detect(bool noColourOption)
    {
        string? noColour = Environment.GetEnvironmentVariable("NO_COLOR");
        bool dumb = string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        bool colour = !noColourOption && string.IsNullOrEmpty(noColour) && !dumb && !Console.IsOutputRedirected;
        bool progress = !dumb && !Console.IsErrorRedirected;
        return new Terminal(colour, progress);
    }

    public string Paint(string text, string code) => Colour ? $"\u001b[{code}m{text}\u001b[0m" : text;
}

/// <summary>A progress line on standard error ("Linting… 1,234 files read"), shown only once a run passes a second.</summary>
internal sealed class Progress : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly TextWriter stderr;
    private readonly Timer timer;
    private int filesRead;
    private int shown;

    public Progress(TextWriter stderr)
        : this(stderr, Delay)
    {
    }

    internal Progress(TextWriter stderr, TimeSpan delay)
    {
        this.stderr = stderr;
        timer = new Timer(_ => Show(), null, delay, TimeSpan.FromMilliseconds(250));
    }

    public void FileRead() => Interlocked.Increment(ref filesRead);

    private void Show()
    {
        lock (timer)
        {
            stderr.Write($"\rLinting… {Volatile.Read(ref filesRead):N0} files read");
            shown = 1;
        }
    }

    public void Dispose()
    {
        timer.Dispose();
        lock (timer)
        {
            // Clear the line so the report starts clean.
            if (shown == 1) stderr.Write("\r\u001b[2K");
            shown = 0;
        }
    }
}
