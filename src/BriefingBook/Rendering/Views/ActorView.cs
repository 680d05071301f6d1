namespace BriefingBook.Rendering.Views;

/// <summary>The <c>actor</c> layout: one actor's page.</summary>
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
    IReadOnlyList<ActorQuoteView> Quotes) : PageView;
