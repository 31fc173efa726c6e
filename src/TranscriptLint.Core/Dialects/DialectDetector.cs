using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>Picks a dialect from the file name, then from the first lines when the extension says nothing (see <see cref="DialectRegistry"/>).</summary>
public static class DialectDetector
{
    public static IDialectReader GetReader(Dialect dialect) => DialectRegistry.Get(dialect).Reader;

    /// <summary>True for the extensions a folder walk considers: every registered dialect's (<see cref="DialectRegistry.Extensions"/>).</summary>
    public static bool IsTranscriptExtension(string path) => DialectRegistry.FromExtension(path) is not null;

    public static Dialect Detect(string path, SourceText source) => (DialectRegistry.FromExtension(path) ?? DialectRegistry.Sniff(source)).Dialect;
}
