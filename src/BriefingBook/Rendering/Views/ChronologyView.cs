namespace BriefingBook.Rendering.Views;

/// <summary>The <c>chronology</c> layout: every event by year.</summary>
public sealed record ChronologyView(
    IReadOnlyList<ChronologyYearView> Years,
    IReadOnlyList<YearLinkView> Nav,
    int Count) : PageView;
