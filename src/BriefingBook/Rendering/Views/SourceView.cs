namespace BriefingBook.Rendering.Views;

/// <summary>The <c>source</c> layout: one article, its events, notes and cleaned text.</summary>
public sealed record SourceView(
    SourceLink Source,
    string? Author,
    string? Dating,
    string? Url,
    string Seed,
    string? SummaryHtml,
    string BodyHtml,
    string? BodyLines,
    int Paragraphs,
    string? Credit,
    IReadOnlyList<SourceEventView> Events,
    SourceNotesView Notes,
    IReadOnlyList<ActorLink> Actors) : PageView
{
    /// <summary>The raw scrape line by line, numbered as editors cite lines, each with its fragment id.</summary>
    public IReadOnlyList<RawLineView> RawLines { get; init; } = [];

    /// <summary>What the marks in this article's text mean: only the marks it has.</summary>
    public IReadOnlyList<LegendEntryView> Legend { get; init; } = [];
}
