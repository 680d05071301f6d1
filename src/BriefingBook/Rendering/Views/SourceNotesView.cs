namespace BriefingBook.Rendering.Views;

/// <summary>The reporting notes of one source, as the <c>source-notes</c> partial shows them.</summary>
public sealed record SourceNotesView(
    bool Any,
    IReadOnlyList<ConflictView> Conflicts,
    IReadOnlyList<EditorNoteView> EditorConflicts,
    IReadOnlyList<CopyView> Possible,
    IReadOnlyList<EditorNoteView> Flags,
    IReadOnlyList<SourceCopiesView> Copies,
    IReadOnlyList<WidelyCopiedView> Widely,
    int Shown,
    IReadOnlyList<CorroborationView> Corroborations,
    string NotesHref,
    string? FamilyHref);
