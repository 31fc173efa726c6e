using System;
using System.Collections.Generic;
using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>
/// Decides, once per file and from the file's own evidence, which label candidates are speaker labels. A reader
/// proposes every line shaped like a label; this pass infers the shapes that carry the file's turns (the turn styles)
/// and keeps a candidate only when its shape is one of them and its name is supported: it recurs, it is on the roster,
/// in the aliases or the front matter, it is introduced as an abbreviation, or it is a near-variant of a supported name
/// (the slip TL0001 exists for). Rejected candidates become ordinary text, so no rule reports on them.
/// </summary>
internal static class LabelDecision
{
    /// <summary>A shape carries the file's turns when at least this many of its labels have supported names.</summary>
    private const int TurnStyleSupport = 2;


    public static void Apply(DocumentBuilder builder, ReaderOptions options)
    {
        var elements = builder.Elements;
        int labelCount = 0;
        foreach (var element in elements)
        {
            if (element.Label is not null) labelCount++;
        }

        var candidates = new List<int>(labelCount);
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i].Label is not null) candidates.Add(i);
        }

        if (candidates.Count == 0) return;
        string text = builder.Text;
        var rejected = new Dictionary<int, string>();
        var isRejected = new bool[elements.Count]; // the same as rejected.ContainsKey, without hashing: asked several times a label

        // A file names the same few speakers hundreds of times: fold each spelling once.
        // (The reader hands most labels over with their key: LabelParser decides each spelling once a thread.)
        var keyCache = new Dictionary<string, NameKey>(StringComparer.Ordinal);
        NameKey KeyOf(string name)
        {
            if (!keyCache.TryGetValue(name, out var key)) keyCache[name] = key = new NameKey(name);
            return key;
        }

        // 1. Context that makes a label-shaped line something else, whatever its name.
        foreach (int i in candidates)
        {
            var label = elements[i].Label!;
            if (!label.HasInlineSpeech && !label.HasTurnTime && NextStartsWith(elements, i, text, '>'))
            {
                rejected[i] = "it introduces a block quote: an attribution, not a turn";
                isRejected[i] = true;
            }
        }

        // 2. How often each name is used, and which names config or the file itself vouches for. Each folded name gets a
        // slot, found once a label (by its key object, then by its letters), so the counts below are array reads.
        var keys = new NameKey?[elements.Count]; // by element index, set for every label not rejected in step 1
        var slots = new int[elements.Count]; // the slot of keys[i]
        var slotByKey = new Dictionary<NameKey, int>();
        var slotBySquashed = new Dictionary<string, int>(StringComparer.Ordinal);
        var uses = new List<int>(); // by slot
        var firstSlots = new FirstFew<NameKey, int>();
        int SlotOf(NameKey key)
        {
            if (firstSlots.TryGet(key, out int slot)) return slot;
            if (!slotByKey.TryGetValue(key, out slot))
            {
                if (!slotBySquashed.TryGetValue(key.Squashed, out slot))
                {
                    slot = uses.Count;
                    slotBySquashed[key.Squashed] = slot;
                    uses.Add(0);
                }

                slotByKey[key] = slot;
            }

            firstSlots.Add(key, slot);
            return slot;
        }
        var vouched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in builder.FrontMatterSpeakers)
        {
            var key = new NameKey(name);
            vouched.Add(key.Squashed);
            if (key.Words.Length > 1) vouched.Add(key.Words[0]); // "Giulia:" labels for front matter "Giulia Fanti"
        }
        foreach (int i in candidates)
        {
            if (isRejected[i]) continue;
            var label = elements[i].Label!;
            var key = label.Key ?? KeyOf(label.Name);
            keys[i] = key;
            int slot = slots[i] = SlotOf(key);
            uses[slot]++;
            if (label.Alias is not null)
            {
                vouched.Add(key.Squashed);
                vouched.Add(new NameKey(label.Alias).Squashed);
            }

            foreach (var part in label.Parts)
            {
                uses[SlotOf(KeyOf(part))]++;
            }
        }

        // Per label, asked up to three times: worked out once.
        var knownMemo = new sbyte[elements.Count];
        bool Known(int i)
        {
            if (knownMemo[i] == 0) knownMemo[i] = KnownNow(elements[i].Label!, keys[i]!) ? (sbyte)1 : (sbyte)-1;
            return knownMemo[i] > 0;
        }

        bool KnownNow(SpeakerLabel label, NameKey key)
        {
            if (vouched.Contains(key.Squashed)) return true;
            var speakers = options.Speakers;
            return speakers.Roster.TryFindName(label.Name, out _) || speakers.Roster.TryFindAbbreviation(label.Name, out _) || speakers.Aliases.TryGetCanonical(label.Name, out _)
                   || (label.IsOneWord && speakers.Roster.TryFindFirstName(label.Name, out _));
        }

        // Asked several times a label, and fixed once the counts above are: worked out once.
        var supportedMemo = new sbyte[elements.Count];
        bool Supported(int i)
        {
            if (supportedMemo[i] == 0) supportedMemo[i] = SupportedNow(i) ? (sbyte)1 : (sbyte)-1;
            return supportedMemo[i] > 0;
        }

        bool SupportedNow(int i)
        {
            var label = elements[i].Label!;
            var key = keys[i]!;
            if (label.IsMarker || label.IsCollective) return true;
            if (label.Parts.Count > 0)
            {
                foreach (var part in label.Parts)
                {
                    if (uses[SlotOf(KeyOf(part))] >= 2) return true;
                }

                return false;
            }

            return uses[slots[i]] >= 2 || Known(i);
        }

        // 3. The turn styles: shapes whose labels name supported speakers, and whether one-word names carry turns.
        var support = new Dictionary<string, ShapeSupport>(StringComparer.Ordinal);
        var formCounts = new Dictionary<string, FormTally>(StringComparer.Ordinal);
        var oneWordNames = new HashSet<int>();
        int oneWordUses = 0;
        string? lastShape = null;
        ShapeSupport? lastSupport = null;
        FormTally? lastForms = null;
        foreach (int i in candidates)
        {
            if (isRejected[i]) continue;
            var label = elements[i].Label!;
            if (label.IsMarker || label.IsCollective || label.IsLoose || !Supported(i)) continue;
            if (label.IsOneWord)
            {
                oneWordNames.Add(slots[i]);
                oneWordUses++;
            }

            // Labels in a row mostly share one shape (the same style string): looked up again only when it changes.
            if (!ReferenceEquals(label.Shape, lastShape))
            {
                lastShape = label.Shape;
                if (!support.TryGetValue(lastShape, out lastSupport)) support[lastShape] = lastSupport = new ShapeSupport();
                string skeleton = SkeletonOf(label);
                if (!formCounts.TryGetValue(skeleton, out lastForms)) formCounts[skeleton] = lastForms = new FormTally();
            }

            lastSupport!.Names.Add(slots[i]);
            lastSupport.Labels++;
            lastForms!.Add(FormOf(label));
        }

        int turnLabels = 0, timedTurns = 0;
        foreach (int i in candidates)
        {
            if (isRejected[i] || elements[i].Label!.IsOneWord || !Supported(i)) continue;
            turnLabels++;
            if (elements[i].Label!.HasTurnTime) timedTurns++;
        }

        // One-word names carry the turns when at least two of them recur ("Aaron:" and "Ruben:" taking turns).
        bool oneWordTurns = oneWordNames.Count >= 2 && oneWordUses >= 4;

        // A shape carries turns when two or more supported speakers use it: one recurring lead-in ("Meta:") is not a conversation.
        // One recurring full name outside a list also carries turns (a guest's questions in a talk).
        // Per label, asked up to three times once the shapes' support is counted: worked out once.
        var turnShapeMemo = new sbyte[elements.Count];
        bool IsTurnShape(int i)
        {
            if (turnShapeMemo[i] == 0) turnShapeMemo[i] = IsTurnShapeNow(elements[i].Label!) ? (sbyte)1 : (sbyte)-1;
            return turnShapeMemo[i] > 0;
        }

        string? askedShape = null;
        ShapeSupport? askedSupport = null;
        bool IsTurnShapeNow(SpeakerLabel label)
        {
            // As above: the support of the last shape asked is kept while the labels share it.
            if (!ReferenceEquals(label.Shape, askedShape))
            {
                askedShape = label.Shape;
                support.TryGetValue(askedShape, out askedSupport);
            }

            var s = askedSupport;
            return s is not null && (s.Names.Count >= TurnStyleSupport || (s.Names.Count == 1 && !label.IsListItem && FullNameTurns(label.Shape, s)));
        }

        bool FullNameTurns(string shape, ShapeSupport shapeSupport) => formCounts.TryGetValue(Skeleton(shape), out var forms) && forms.OnlyFullNames && shapeSupport.Labels >= 2;

        // "NAME :" among "NAME:" turns, "**NAME**:" among "**NAME:**": the same markup with other spacing or colon place.
        var turnSkeletons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in support)
        {
            int names = pair.Value.Names.Count;
            if (names >= TurnStyleSupport || (names == 1 && !pair.Key.StartsWith("- ", StringComparison.Ordinal) && FullNameTurns(pair.Key, pair.Value))) turnSkeletons.Add(Skeleton(pair.Key));
        }

        bool IsTurnVariant(SpeakerLabel label) => turnSkeletons.Contains(SkeletonOf(label));

        // 4. The names accepted on their own support, against which a one-off slip is recognised.
        var accepted = new NameVariantIndex();
        var acceptedSpellings = new HashSet<string>(StringComparer.Ordinal);
        var acceptedSlots = new bool[uses.Count];
        var acceptedKeys = new HashSet<NameKey>(); // each key object goes to the index once
        // A slot's labels mostly share one key object (the reader's, per spelling): the first one added is kept per slot,
        // so most labels are found added by one comparison instead of a set lookup.
        var firstAddedKey = new NameKey?[uses.Count];
        foreach (int i in candidates)
        {
            if (isRejected[i]) continue;
            var label = elements[i].Label!;
            if ((label.IsOneWord && !oneWordTurns && !Known(i) && !(label.HasTurnTime && timedTurns * 2 > turnLabels)) || label.IsLoose) continue;
            if (IsTurnShape(i) && Supported(i) && label.IsPerson)
            {
                var key = keys[i]!;
                if (!ReferenceEquals(firstAddedKey[slots[i]], key) && acceptedKeys.Add(key))
                {
                    accepted.Add(key);
                    firstAddedKey[slots[i]] ??= key;
                }
                if (!acceptedSlots[slots[i]])
                {
                    acceptedSlots[slots[i]] = true;
                    acceptedSpellings.Add(keys[i]!.Squashed);
                }
            }
        }

        foreach (int i in candidates)
        {
            if (isRejected[i]) continue;
            var label = elements[i].Label!;
            var key = keys[i]!;
            string? reason = Decide(label, key, i);
            if (reason is null) continue;
            rejected[i] = reason;
            isRejected[i] = true;
        }

        string? Decide(SpeakerLabel label, NameKey key, int i)
        {
            if (label.IsLoose)
            {
                // "Audience member 1" beside "Audience Member 1": not a name by shape, but a slip of one that speaks.
                if (acceptedSlots[slots[i]] || accepted.FindNear(key) is not null)
                {
                    label.Evidence = "not a name by its shape, but the same speaker as a label of this file in another case or spelling";
                    return null;
                }

                return "not a name by its shape (a lower-case word), and no speaker of this file is spelled like it";
            }

            bool turnShape = IsTurnShape(i) || IsTurnVariant(label);
            bool supported = Supported(i);
            if (label.IsMarker || label.IsCollective)
            {
                if (label.IsListItem && !turnShape) return "a list item, and list items do not carry this file's turns";
                label.Evidence = label.IsMarker ? "a marker label" : "a group label";
                return null;
            }

            // "Caralie: 00:41:04" among "Adam Jonas: 00:40:53" turns: a recurring one-word name in the review-tool shape
            // (name, time, speech below) is a speaker like the others.
            bool timedLikeTheTurns = label.HasTurnTime && uses[slots[i]] >= 2 && IsTurnShape(i) && timedTurns * 2 > turnLabels;
            if (label.IsOneWord && !oneWordTurns && !Known(i) && !timedLikeTheTurns)
            {
                var near = accepted.FindNear(key);
                if (near is null || !turnShape) return "a one-word name, and this file's turns are not written with one-word names";
            }

            bool ownShape = IsTurnShape(i);
            if (turnShape)
            {
                if (supported)
                {
                    int used = uses[slots[i]];
                    bool known = Known(i);
                    ShapeAndUseEvidence(label, ownShape, used, known);
                    return null;
                }

                var near = accepted.FindNear(key);
                if (near is not null)
                {
                    NearVariantEvidence(label, ownShape, near.Name);
                    return null;
                }

                // "John Smith:" once where "John:" speaks throughout: the speaker's full name.
                if (key.Words.Length > 1 && !label.IsListItem && label.Parts.Count == 0 && oneWordTurns && acceptedSpellings.Contains(key.Words[0]))
                {
                    FullNameEvidence(label, ownShape);
                    return null;
                }

                if (!label.IsListItem && !label.IsOneWord && label.StartsParagraph && !InRun(elements, i) && (label.HasInlineSpeech || label.HasTurnTime || SpeechFollows(elements, i) || IsEmphasised(label) || IsCapitalisedFullName(label)) && MatchesForm(label))
                {
                    UsedOnceEvidence(label);
                    return null;
                }

                return label.IsListItem ? "a list item whose name is used once: a term or lead-in, not a turn" : "a name used once that nothing else in the file or config vouches for";
            }

            if (acceptedSlots[slots[i]])
            {
                SpeaksElsewhereEvidence(label);
                return null;
            }

            if (Known(i) && !label.IsListItem)
            {
                label.Evidence = "the name is on the roster or in the aliases";
                return null;
            }

            // No shape carries turns (no speaker recurs): the file gives no evidence of its own, so a label-shaped
            // line that opens a paragraph is read by its shape alone, as in a file of a few turns.
            if (turnSkeletons.Count == 0 && !label.IsListItem && !label.IsOneWord && !InRun(elements, i) && label.StartsParagraph && !IsNumberedItem(key))
            {
                label.Evidence = "no speaker recurs in this file, so its turn style cannot be inferred: read by shape alone";
                return null;
            }

            return turnSkeletons.Count == 0
                ? "no shape of label carries turns in this file (no name recurs)"
                : $"shape '{label.Shape}' does not carry this file's turns, and the name does not speak elsewhere";
        }

        bool MatchesForm(SpeakerLabel label)
        {
            if (!formCounts.TryGetValue(SkeletonOf(label), out var forms)) return true;
            return forms.Count(FormOf(label)) * 4 >= forms.Total;
        }

        // The accepted labels are candidates too; the document lists them when asked (only explain asks), not here.
        builder.AcceptedLabelsAreCandidates = true;
        foreach (var pair in rejected)
        {
            var element = elements[pair.Key];
            builder.Candidates.Add(new LabelCandidate(element.Label!, accepted: false, pair.Value));
            elements[pair.Key] = new TranscriptElement(ElementKind.Speech, element.Line, element.Span);
            if (element.Label!.HasTurnTime) RescanAsSpeech(builder, element);
        }

        if (rejected.Count > 0) builder.Candidates.Sort((a, b) => a.Label.Line.CompareTo(b.Label.Line));
        MarkTurnContent(elements, text);
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        var speakerSlots = new bool[uses.Count];
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i].Label is not { IsPerson: true }) continue;
            if (speakerSlots[slots[i]]) continue;
            speakerSlots[slots[i]] = true;
            speakers.Add(keys[i]!.Squashed);
        }

        FindMalformedLabels(builder, speakers);
    }

    // The evidence `transcriptlint explain` prints, worded only when asked. Set from these methods rather than inside the
    // decision, whose captured state would otherwise be allocated for every label decided, accepted or not.
    // Most accepted labels get this one: its facts are kept on the label, and a static lambda words them.
    private static void ShapeAndUseEvidence(SpeakerLabel label, bool ownShape, int used, bool known) =>
        label.SetEvidence(
            static l => $"{ShapeEvidence(l, l.EvidenceFlag(0))}; the name is used {l.EvidenceCount} times{(l.EvidenceFlag(1) ? " and is vouched for by config or the file" : string.Empty)}",
            used,
            ownShape,
            known);

    private static void NearVariantEvidence(SpeakerLabel label, bool ownShape, string nearName) =>
        label.SetEvidence(() => $"{ShapeEvidence(label, ownShape)}; the name is a near-variant of '{nearName}'");

    private static void FullNameEvidence(SpeakerLabel label, bool ownShape) =>
        label.SetEvidence(() => $"{ShapeEvidence(label, ownShape)}; the full name of '{label.Name.Split(' ')[0]}', who speaks in this file");

    private static void UsedOnceEvidence(SpeakerLabel label) =>
        label.SetEvidence(() => $"used once, in the shape '{label.Shape}' that carries this file's turns, opening a paragraph");

    private static void SpeaksElsewhereEvidence(SpeakerLabel label) =>
        label.SetEvidence(() => $"shape '{label.Shape}' is not this file's turn style, but '{label.Name}' speaks in that style elsewhere");

    private static string ShapeEvidence(SpeakerLabel label, bool ownShape) =>
        ownShape ? $"shape '{label.Shape}' carries this file's turns" : $"shape '{label.Shape}' is the file's turn style with other spacing or colon place";

    /// <summary>
    /// In a file whose turns are bold labels, a paragraph that opens in bold with the name of one of its speakers but
    /// is no label is a broken one: <c>**Jane Doe** Hello</c> (colon lost), <c>**Jane Doe: I**ndeed</c> (bold closed
    /// inside the speech), <c>**:Jane Doe**</c> (colon first), <c>**Jane Doe:**Hello</c> (no space).
    /// </summary>
    private static void FindMalformedLabels(DocumentBuilder builder, HashSet<string> speakers)
    {
        if (builder.BoldLeads.Count == 0 || speakers.Count == 0) return;
        string? style = BoldTurnStyle(builder.Elements);
        if (style is null) return;
        string text = builder.Text;
        foreach (int index in builder.BoldLeads)
        {
            var element = builder.Elements[index];
            if (element.Label is not null) continue;
            var span = element.Span;
            int innerStart = span.Start + 2;
            int close = innerStart < span.End ? text.IndexOf("**", innerStart, span.End - innerStart, StringComparison.Ordinal) : -1;
            if (close <= innerStart) continue;
            string inner = text.Substring(innerStart, close - innerStart);
            string after = text.Substring(close + 2, span.End - close - 2);
            string? name = null, problem = null;
            int colon = inner.IndexOf(':');
            if (inner.StartsWith(":", StringComparison.Ordinal))
            {
                name = inner.Substring(1).Trim();
                problem = "the colon is before the name";
            }
            else if (colon < 0 && after.Length > 1 && after[0] == ' ' && !after.TrimStart().StartsWith(":", StringComparison.Ordinal) && !IsReportedSpeech(after))
            {
                name = inner.Trim();
                problem = "the colon is missing";
            }
            else if (colon > 0 && inner.EndsWith("::", StringComparison.Ordinal) && inner.IndexOf(':') == inner.Length - 2)
            {
                name = inner.Substring(0, colon).Trim();
                problem = "the colon is doubled";
            }
            else if (colon > 0 && colon < inner.Length - 1 && inner.Substring(colon + 1).Trim().Length > 0)
            {
                name = inner.Substring(0, colon).Trim();
                problem = "the bold closes inside the speech";
            }
            else if (colon == inner.Length - 1 && after.Length > 0 && (after[0] == '*' || char.IsLetterOrDigit(after[0])))
            {
                name = inner.Substring(0, colon).Trim();
                problem = after[0] == '*' ? "a stray asterisk follows the bold" : "there is no space after the label";
            }

            // The colon before the name is a broken label by its shape alone; the other shapes need the name to be a
            // speaker of the file, as bold emphasis opening prose is no label.
            if (name is null || problem is null || name.Length == 0) continue;
            bool colonFirst = problem == "the colon is before the name" && SpeakerNames.IsNameLike(text, new TextSpan(innerStart + inner.IndexOf(name, StringComparison.Ordinal), name.Length), NameShape.Emphasised);
            if (!colonFirst && !speakers.Contains(new NameKey(name).Squashed)) continue;
            int end = problem == "a stray asterisk follows the bold" ? close + 3 : close + 2;
            var labelSpan = TextSpan.FromBounds(span.Start, end);
            builder.MalformedLabels.Add(new MalformedLabel(labelSpan, element.Line, name, text.Substring(labelSpan.Start, labelSpan.Length), style.Replace("NAME", name), problem));
        }
    }

    // "**Jane Doe** asks whether…": minutes that report what a person said, with the name in bold, not a turn.
    private static readonly HashSet<string> ReportingVerbs = Vocabulary.Languages.Set(l => l.ReportingWords, StringComparer.Ordinal);

    private static bool IsReportedSpeech(string after)
    {
        string rest = after.TrimStart();
        int end = 0;
        while (end < rest.Length && char.IsLetter(rest[end])) end++;
        return end > 0 && ReportingVerbs.Contains(rest.Substring(0, end));
    }

    /// <summary>The file's bold label style when most of its turns use one (<c>**NAME:**</c> or <c>**NAME**:</c>).</summary>
    private static string? BoldTurnStyle(List<TranscriptElement> elements)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int total = 0;
        foreach (var element in elements)
        {
            if (element.Label is not { IsMarker: false, IsListItem: false } label) continue;
            total++;
            counts[label.Style] = counts.TryGetValue(label.Style, out int n) ? n + 1 : 1;
        }

        foreach (var pair in counts)
        {
            if (pair.Value * 2 > total && pair.Value >= 3 && IsBoldStyle(pair.Key)) return pair.Key;
        }

        return null;
    }

    private static bool IsBoldStyle(string style) => style == "**NAME:**" || style == "**NAME**:";

    /// <summary>
    /// Captions name their speakers per cue; only a video call's display name (loose by shape: <c>jdoe | Team:</c>)
    /// needs the file's evidence: it is a speaker when it opens two or more cues.
    /// </summary>
    internal static void ApplyToCaptions(DocumentBuilder builder)
    {
        var elements = builder.Elements;
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (element.Label is { IsLoose: true } label)
            {
                uses.TryGetValue(label.Name, out int n);
                uses[label.Name] = n + 1;
            }
        }

        if (uses.Count == 0) return;
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i].Label is not { IsLoose: true } label) continue;
            if (uses[label.Name] >= 2)
            {
                int opens = uses[label.Name];
                label.SetEvidence(() => $"a display name that opens {opens} cues");
                builder.Candidates.Add(new LabelCandidate(label, accepted: true));
                continue;
            }

            builder.Candidates.Add(new LabelCandidate(label, accepted: false, "a display-name shape that opens only this cue"));
            elements[i] = new TranscriptElement(ElementKind.Speech, elements[i].Line, elements[i].Span);
        }
    }

    /// <summary>
    /// Decides which turns have content, and which names are never spoken: a name that never carries speech in a
    /// file where other names do, used more than once or with only a stamp after it (<c>**Sample:** [22:27]</c>,
    /// a song title), is a marker for music or a clip, not a speaker.
    /// </summary>
    internal static void MarkTurnContent(List<TranscriptElement> elements, string text, bool captions = false)
    {
        bool anySpeech = false, anySilent = false;
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i].Label is not { } label) continue;
            label.HasContent = label.HasInlineSpeech || TurnHasContentBelow(elements, text, i, label.HasTurnTime, captions);
            if (label.HasContent) anySpeech = true;
            else anySilent = true;
        }

        // Most files have no silent label: then there is nothing to mark, and no name to count.
        if (!anySpeech || !anySilent || captions) return;
        var spoken = new HashSet<string>(StringComparer.Ordinal);
        var silentUses = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstSpoken = new FirstFew<string, bool>();
        foreach (var element in elements)
        {
            if (element.Label is not { } label) continue;
            if (label.HasContent)
            {
                if (firstSpoken.TryGet(label.Name, out _)) continue;
                spoken.Add(label.Name);
                firstSpoken.Add(label.Name, true);
            }
            else
            {
                silentUses.TryGetValue(label.Name, out int n);
                silentUses[label.Name] = n + 1;
            }
        }

        foreach (var element in elements)
        {
            if (element.Label is not { HasContent: false, IsMarker: false } label || spoken.Contains(label.Name) || label.Parts.Count > 0) continue;
            if (silentUses[label.Name] >= 2 || label.HasTurnTime)
            {
                label.IsMarker = true;
                label.Evidence = "never carries speech in this file: a marker for music, a clip or a break";
            }
        }
    }

    /// <summary>Content before the next label or end marker; a heading ends the turn too, unless the label carries the turn's time (review-tool exports put chapter headings between the two).</summary>
    private static bool TurnHasContentBelow(List<TranscriptElement> elements, string text, int index, bool headingsMayIntervene, bool captions)
    {
        for (int j = index + 1; j < elements.Count; j++)
        {
            switch (elements[j].Kind)
            {
                case ElementKind.Speech:
                    return true;
                case ElementKind.Code:
                    if (!captions) return true; // a code block under a label is what was said (shown)
                    break;
                case ElementKind.Note:
                    // A short annotation (*inaudible*, *laughs*) stands for the turn; a transcriber's note ("*Note: the
                    // audio dropped*") does not, and in captions a note is a cue number or header.
                    if (!captions && IsAnnotation(text, elements[j])) return true;
                    break;
                case ElementKind.Heading:
                    if (!headingsMayIntervene) return false;
                    break;
                case ElementKind.SpeakerLabel:
                case ElementKind.EndMarker:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A rejected "Name: 00:01:02" line is text: the time the label parser took for the turn's stamp is dropped, and
    /// the line's stamps are read as a speech line's would be, in document order.
    /// </summary>
    private static void RescanAsSpeech(DocumentBuilder builder, TranscriptElement element)
    {
        var stamps = builder.Timestamps;
        int at = stamps.FindIndex(s => s.Line >= element.Line);
        if (at < 0) at = stamps.Count;
        stamps.RemoveAll(s => s.Line == element.Line);
        var rescanned = new List<InlineTimestamp>();
        TimeScanner.ScanBracketedStamps(builder.Text, element.Span, element.Line, rescanned);
        stamps.InsertRange(Math.Min(at, stamps.Count), rescanned);
    }

    /// <summary>"Idea 1", "Step 2": a numbered item, unless a role is numbered ("Speaker 1", "Audience 3").</summary>
    private static bool IsNumberedItem(NameKey key)
    {
        var words = key.Words;
        if (words.Length < 2) return false;
        string last = words[words.Length - 1];
        if (last.Length == 0 || last[0] < '0' || last[0] > '9') return false;
        return !NameVariants.IsRoleWord(words[0]);
    }

    /// <summary>A shape's markup without spacing or colons: <c>NAME :</c> and <c>NAME:</c> share <c>NAME</c>.</summary>
    /// <remarks>
    /// Cached per thread: files are decided in parallel, and a shared concurrent dictionary's Count takes all its locks.
    /// A file has a handful of shapes; the cap keeps odd files from growing the cache.
    /// </remarks>
    private static string SkeletonOf(SpeakerLabel label) => label.ShapeSkeleton ??= Skeleton(label.Shape);

    private static string Skeleton(string shape)
    {
        if (ReferenceEquals(shape, lastSkeletonShape)) return lastSkeleton!;
        lastSkeletonShape = shape;
        return lastSkeleton = SkeletonUncached(shape);
    }

    // The last shape asked on this thread: labels in a row mostly share one style string.
    [ThreadStatic]
    private static string? lastSkeletonShape;

    [ThreadStatic]
    private static string? lastSkeleton;

    private static string SkeletonUncached(string shape)
    {
        var cache = skeletons ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (cache.TryGetValue(shape, out var skeleton)) return skeleton;
        skeleton = BuildSkeleton(shape);
        if (cache.Count < 4096) cache[shape] = skeleton;
        return skeleton;
    }

    [ThreadStatic]
    private static Dictionary<string, string>? skeletons;

    private static string BuildSkeleton(string shape)
    {
        var builder = new System.Text.StringBuilder(shape.Length);
        foreach (char c in shape)
        {
            if (c != ' ' && c != ':') builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A bold label (<c>**Name:**</c>) is written as a label on purpose, even when its speech went missing.</summary>
    private static bool IsEmphasised(SpeakerLabel label) => label.Style.StartsWith("**", StringComparison.Ordinal) || label.Style.StartsWith("__", StringComparison.Ordinal);

    private static bool IsAnnotation(string text, TranscriptElement note) => note.Span.Length <= 40 && text.IndexOf(':', note.Span.Start, note.Span.Length) < 0;

    /// <summary>An ALL CAPS name of two or more words (<c>JOHN LAPRISE:</c>): the transcript style of a label alone on its line.</summary>
    private static bool IsCapitalisedFullName(SpeakerLabel label)
    {
        if (label.Name.IndexOf(' ') < 0) return false;
        foreach (char c in label.Name)
        {
            if (char.IsLower(c)) return false;
        }

        return true;
    }

    /// <summary>The next element is speech: the turn's words in the paragraph below the label.</summary>
    private static bool SpeechFollows(List<TranscriptElement> elements, int index)
        => index + 1 < elements.Count && elements[index + 1].Kind == ElementKind.Speech && elements[index + 1].Label is null;

    private static NameForm FormOf(SpeakerLabel label)
    {
        string name = label.Name;
        if (label.IsOneWord) return NameForm.OneWord;
        if (name.IndexOf(' ') < 0 && name.Length <= 6)
        {
            bool upper = true;
            foreach (char c in name)
            {
                if (char.IsLower(c)) upper = false;
            }

            if (upper) return NameForm.Abbreviation;
        }

        return NameForm.FullName;
    }

    /// <summary>The next element (within a blank line or two) starts with <paramref name="mark"/>.</summary>
    private static bool NextStartsWith(List<TranscriptElement> elements, int index, string text, char mark)
    {
        if (index + 1 >= elements.Count) return false;
        var next = elements[index + 1];
        return next.Line - elements[index].Line <= 3 && next.Span.Length > 0 && text[next.Span.Start] == mark;
    }

    /// <summary>A label line directly above or below another label line: a list or table of key-value rows, not a paragraph.</summary>
    private static bool InRun(List<TranscriptElement> elements, int index)
    {
        int line = elements[index].Line;
        bool above = index > 0 && elements[index - 1].Line == line - 1 && elements[index - 1].Label is not null;
        bool below = index + 1 < elements.Count && elements[index + 1].Line == line + 1 && elements[index + 1].Label is not null;
        return above || below;
    }

    private enum NameForm
    {
        FullName,
        Abbreviation,
        OneWord,
    }

    /// <summary>The supported labels of one shape: how many, and how many names (slots) among them.</summary>
    private sealed class ShapeSupport
    {
        public HashSet<int> Names { get; } = new();

        public int Labels { get; set; }
    }

    /// <summary>How many supported labels of one skeleton are full names, abbreviations and one-word names.</summary>
    private sealed class FormTally
    {
        private readonly int[] counts = new int[3];

        public int Total { get; private set; }

        /// <summary>Every label of the skeleton is a full name.</summary>
        public bool OnlyFullNames => Total > 0 && counts[(int)NameForm.FullName] == Total;

        public void Add(NameForm form)
        {
            counts[(int)form]++;
            Total++;
        }

        public int Count(NameForm form) => counts[(int)form];
    }
}
