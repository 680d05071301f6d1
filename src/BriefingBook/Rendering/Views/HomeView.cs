namespace BriefingBook.Rendering.Views;

/// <summary>The <c>home</c> layout: the book's front page.</summary>
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
}
