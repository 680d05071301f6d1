namespace BriefingBook.Rendering.Views;

/// <summary>A copied passage seen from one source (<c>here</c>) towards the other (<c>there</c>), with the word diff and possible conflicts.</summary>
public sealed record CopyView(
    PassageView Here,
    PassageView There,
    string Similarity,
    bool Identical,
    IReadOnlyList<DiffSegmentView> Diff,
    IReadOnlyList<DiscrepancyView> Discrepancies);
