namespace BriefingBook.Rendering.Views;

/// <summary>The <c>notes</c> layout for the reporting notes page. In a corpus (<c>corpus</c> true) copied text is summarised by family (<c>family_count</c>, <c>top_families</c>, <c>more_families</c>) and <c>copies</c> and <c>families</c> are empty. <c>family</c> is always false here: it tells this model from <see cref="CopyFamilyView"/>, which uses the same layout.</summary>
public sealed record NotesView(
    bool Family,
    bool Corpus,
    int Templates,
    IReadOnlyList<ConflictView> Conflicts,
    IReadOnlyList<EditorNoteView> EditorConflicts,
    IReadOnlyList<CopyView> Possible,
    IReadOnlyList<EditorNoteView> Flags,
    IReadOnlyList<CopyPairView> Copies,
    IReadOnlyList<FamilyView> Families,
    int PossibleElsewhere,
    int FamilyCount,
    IReadOnlyList<FamilyLineView> TopFamilies,
    int MoreFamilies,
    string DataHref,
    IReadOnlyList<CorroboratedEventView> Corroborated,
    NotesCountsView Counts) : PageView;
