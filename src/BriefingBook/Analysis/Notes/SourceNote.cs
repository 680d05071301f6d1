using BriefingBook.Analysis.Conflicts;
using BriefingBook.Analysis.Duplicates;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Notes;

/// <summary>
/// One thing an analyst should know about a source's reporting, seen from that source: a passage it shares
/// with another source, an event others confirm, a disagreement, or a defect. <see cref="Sources"/> are the
/// ids of the other sources involved. Exactly one of the detail references is set, by kind: the rendering and
/// the export read them for links, quotes and diffs. Entries are named by id (<c>AnalysedBook</c> resolves them).
/// </summary>
public sealed record SourceNote(SourceNoteKind Kind, IReadOnlyList<string> Sources, string Summary)
{
    public DuplicatePassage? Passage { get; init; }

    public EventId? Event { get; init; }

    public ReportConflict? ReportConflict { get; init; }

    public NoteId? EditorNote { get; init; }

    /// <summary>A conflict suggested by an edit between two copies, not established by the editors.</summary>
    public bool Possible { get; init; }
}
