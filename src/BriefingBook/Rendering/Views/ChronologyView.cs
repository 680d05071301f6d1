namespace BriefingBook.Rendering.Views;

/// <summary>The <c>chronology</c> layout: every event by year; <c>timeline_svg</c> is the timeline as inline SVG (null with no events).</summary>
public sealed record ChronologyView(
    IReadOnlyList<ChronologyYearView> Years,
    IReadOnlyList<YearLinkView> Nav,
    int Count) : PageView
{
    /// <summary>The page's heading: "Chronology", or "Chronology: states" on a narrowed page.</summary>
    public string Title { get; init; } = "Chronology";

    /// <summary>What a narrowed page holds, in a sentence; null on the whole chronology.</summary>
    public string? Scope { get; init; }

    /// <summary>The whole chronology, from a narrowed page; null on the whole chronology.</summary>
    public string? AllHref { get; init; }

    /// <summary>One narrowed page per kind of actor taking part (<c>current</c> on the page shown).</summary>
    public IReadOnlyList<YearLinkView> Kinds { get; init; } = [];

    /// <summary>Each actor's own chronology: the event list on its page.</summary>
    public IReadOnlyList<YearLinkView> Actors { get; init; } = [];

    /// <summary>The SVG timeline of every event (whole chronology only; null on a narrowed page).</summary>
    public string? TimelineSvg { get; init; }
}
