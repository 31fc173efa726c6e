using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>Turns the text of one file into a <see cref="TranscriptDocument"/>. Readers never throw on content.</summary>
public interface IDialectReader
{
    Dialect Dialect { get; }

    TranscriptDocument Read(string path, SourceText text, ReaderOptions options);
}
