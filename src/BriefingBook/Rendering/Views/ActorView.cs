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
    IReadOnlyList<RelatedActorView> Related,
    IReadOnlyList<ActorQuoteView> Quotes,
    string? ActorMapSvg) : PageView;
