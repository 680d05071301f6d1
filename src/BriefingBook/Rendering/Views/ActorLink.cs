namespace BriefingBook.Rendering.Views;

/// <summary>An actor wherever a page links to one.</summary>
public sealed record ActorLink(
    string Id,
    string Name,
    string Kind,
    string Href);
