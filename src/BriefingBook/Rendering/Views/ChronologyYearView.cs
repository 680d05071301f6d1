namespace BriefingBook.Rendering.Views;

/// <summary>One year (or undated group) of the chronology.</summary>
public sealed record ChronologyYearView(
    string Label,
    string Anchor,
    IReadOnlyList<ChronologyEventView> Events);
