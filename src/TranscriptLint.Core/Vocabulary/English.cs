using System;

namespace TranscriptLint.Vocabulary;

internal static class English
{
    public static readonly Language Words = new("en")
    {
        EndMarkers = new[] { "[END OF TRANSCRIPTION]", "[END OF TRANSCRIPT]", "[END OF RECORDING]" },
        Weekdays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" },
        Months = new[]
        {
            new[] { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" },
            new[] { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" },
        },
        MonthVariants = new[] { ("sept", 9) },
        NoteKeys = new[]
        {
            "note", "notes", "nb", "n.b.", "ps", "p.s.", "update", "updated", "correction", "corrections", "edit", "edited", "editor's note", "editor’s note",
            "summary", "conclusion", "conclusions", "action", "actions", "action item", "action items", "todo", "to do", "to-do", "decision", "decisions",
            "resolution", "resolved", "agenda", "attendees", "participants", "present", "absent", "regrets", "apologies", "slides", "slide", "link", "links",
            "resources", "references", "reference", "source", "sources", "date", "time", "location", "venue", "place", "tags", "topic", "topics", "subject",
            "minutes", "recording", "video", "audio", "transcript", "warning", "caution", "tip", "important", "disclaimer",
            "see also", "example", "examples", "question", "questions", "answer", "outcome",
            "next steps", "key takeaways", "takeaways", "highlights", "background", "context", "overview", "goals", "objectives", "outcomes", "results",
            "status", "problem", "solution", "pros", "cons", "open questions", "follow-up", "follow-ups", "follow up", "show notes", "episode", "guests",
            "presenter", "presenters", "champion", "champions", "scribe", "scribes", "note taker", "note takers", "notetaker", "prior art",
            "queue", "new topic", "key points", "reviewer", "reviewers", "meta", "filed", "pr", "prs", "issue", "issues", "spec", "repo",
            "remote attendees", "in-person attendees", "in person attendees", "attendee", "poll", "vote",
        },
        LeadingNoteKeys = new[] { "note", "notes", "nb", "update", "edit", "correction", "ps" },
        Collectives = new[]
        {
            "All", "Everyone", "Everybody", "Room", "Audience", "Group", "Several", "Multiple", "Participants", "Panel", "Crowd",
            "Unknown", "Unidentified", "Unidentified speaker", "Unknown speaker", "Someone", "Somebody", "Anonymous",
        },
        Markers = new[]
        {
            "Break", "Intro", "Outro", "Music", "Jingle", "Song extract", "Theme music", "Interlude", "Transition", "Cold open",
            "Ad", "Ad break", "Sponsor", "Sponsor break", "Pause", "Silence", "Applause", "Laughter", "Crosstalk", "Inaudible",
            "Recording begins", "Recording ends", "Recording starts", "Recording stops", "Recording started", "Recording stopped",
            "Start of recording", "End of recording", "Chapter", "Bumper",
            "Song", "Song sample", "Sample", "Remix", "Clip", "Extract", "Extract begins", "Extract ends", "Sound bite", "Soundbite",
        },
        ScheduleWords = new[]
        {
            "on", "this", "next", "last", "every", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "wed", "thu", "fri", "sat", "sun", "today", "tomorrow", "tonight", "yesterday", "weekend",
        },
        StatementWords = new[]
        {
            "approved", "adopted", "accepted", "agreed", "adjourned", "adjourn", "adjournment", "concluded", "ratified", "rejected",
            "withdrawn", "postponed", "deferred", "skipped", "cancelled", "canceled", "passed", "resolved", "closed", "break", "lunch",
            "recess",
        },
        ContainerWords = new[]
        {
            "agenda", "notes", "contents", "table of contents", "outline", "topics", "minutes", "transcript", "discussion",
            "notes & action items", "notes and action items", "meeting notes",
        },
        ConclusionWords = new[] { "conclusion", "conclusions", "resolution", "conclusion/resolution", "conclusion / resolution", "outcome", "decision", "decisions" },
        AuxiliaryVerbs = new[] { "is", "are", "was", "were", "will", "has", "have", "had" },
        RoleWords = new[]
        {
            "audience", "member", "speaker", "participant", "panelist", "panellist", "guest", "host", "attendee", "person",
            "voice", "caller", "student", "moderator", "interviewer", "question", "questioner", "resident", "listener",
            "people", "man", "woman", "male", "female", "presenter", "viewer", "unknown", "unidentified", "other", "others",
        },
        ReportingWords = new[]
        {
            "says", "said", "asks", "asked", "notes", "noted", "mentions", "mentioned", "explains", "explained", "clarifies",
            "clarified", "suggests", "suggested", "agrees", "agreed", "adds", "added", "responds", "responded", "replies",
            "replied", "thinks", "believes", "proposes", "proposed", "shares", "shared", "presents", "presented", "gives",
            "points", "pointed", "states", "stated", "reports", "reported", "confirms", "confirmed", "raises", "raised",
            "wants", "wanted", "is", "was", "has", "had", "will", "would", "and", "or", "to", "from", "of", "on", "in",
        },
    };
}
