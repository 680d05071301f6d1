namespace BriefingBook.Rendering.Views;

/// <summary>
/// The <c>home</c> layout: the book's front page. <c>timeline_svg</c> and <c>actor_map_svg</c> are inline SVG
/// drawn at build time (null when the book has no events, or no actors); <c>actor_map_caption</c> says which
/// actors the map shows.
/// </summary>
public sealed record HomeView(
    string Title,
    string? Subtitle,
    string? DescriptionHtml,
    BriefingView? Briefing,
    HomeCountsView Counts,
    IReadOnlyList<EventLink> KeyEvents,
    IReadOnlyList<EventLink> Latest,
    IReadOnlyList<YearCountView> Years,
    IReadOnlyList<ActorKindView> ActorGroups,
    IReadOnlyList<SourceLink> Sources,
    string ChronologyHref,
    string ActorsHref,
    string SourcesHref,
    string NotesHref,
    string DataHref) : PageView
{
    /// <summary>Every editors' conflict note and every disagreement between report values, one line each.</summary>
    public IReadOnlyList<DisputedView> Disputed { get; init; } = [];

    /// <summary>The SVG timeline of every event, each mark a link.</summary>
    public string? TimelineSvg { get; init; }

    /// <summary>The SVG map of the book's actors, each node a link.</summary>
    public string? ActorMapSvg { get; init; }

    public string? ActorMapCaption { get; init; }
}
