namespace BriefingBook.Rendering.Views;

/// <summary>The <c>actor</c> layout: one actor's page; <c>actor_map_svg</c> is the actor and those most often found with it, as inline SVG (null when there are none).</summary>
public sealed record ActorView(
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    string? ProfileHtml,
    IReadOnlyList<RoleView> Roles,
    IReadOnlyList<ActorLink> Affiliations,
    IReadOnlyList<ActorLink> Members,
    IReadOnlyList<ActorEventView> Events,
    IReadOnlyList<MentionGroupView> Mentions,
    IReadOnlyList<RelatedActorView> Related) : PageView
{
    /// <summary>The quoted passages of the actor's events, each once, with the events it supports.</summary>
    public IReadOnlyList<ActorSaidView> Said { get; init; } = [];

    /// <summary>The actors most often named with this one (the first of <c>related</c>), and the rest, to fold.</summary>
    public IReadOnlyList<RelatedActorView> NamedWith { get; init; } = [];

    public IReadOnlyList<RelatedActorView> NamedWithMore { get; init; } = [];

    /// <summary>Sentences naming the actor, over all sources.</summary>
    public int MentionCount { get; init; }

    /// <summary>The map of the actors around this one, centred on it.</summary>
    public string? ActorMapSvg { get; init; }
}
