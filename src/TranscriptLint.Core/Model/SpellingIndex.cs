using System;
using System.Collections.Generic;

namespace TranscriptLint.Model;

/// <summary>The distinct names of a document's labels, in first-use order, and the spelling of each label.</summary>
internal sealed class SpellingIndex
{
    private readonly Dictionary<string, int> byName;
    private readonly int[] ofLabel;

    public SpellingIndex(List<SpeakerLabel> labels)
    {
        byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        ofLabel = new int[labels.Count];
        var firstNames = new FirstFew<string, int>();
        for (int i = 0; i < labels.Count; i++)
        {
            string name = labels[i].Name;
            if (firstNames.TryGet(name, out int index))
            {
                ofLabel[i] = index;
                continue;
            }

            if (!byName.TryGetValue(name, out index))
            {
                index = names.Count;
                byName.Add(name, index);
                names.Add(name);
            }

            firstNames.Add(name, index);
            ofLabel[i] = index;
        }

        Names = names;
    }

    /// <summary>Each distinct label name once, in the order the document first uses it.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The spelling (an index into <see cref="Names"/>) of the label at <paramref name="labelIndex"/> in the document's labels.</summary>
    public int Of(int labelIndex) => ofLabel[labelIndex];

    /// <summary>The index of a name the document's labels use.</summary>
    public bool TryFind(string name, out int index) => byName.TryGetValue(name, out index);
}
