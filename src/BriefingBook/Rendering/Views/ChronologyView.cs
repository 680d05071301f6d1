namespace BriefingBook.Rendering.Views;

/// <summary>The <c>chronology</c> layout: every event by year; <c>timeline_svg</c> is the timeline as inline SVG (null with no events).</summary>
public sealed record ChronologyView(
    IReadOnlyList<ChronologyYearView> Years,
    IReadOnlyList<YearLinkView> Nav,
    int Count,
    string? TimelineSvg) : PageView;
