namespace BriefingBook.Rendering.Views;

/// <summary>A source wherever a page links to one.</summary>
public sealed record SourceLink(
    string Id,
    string Title,
    string? Outlet,
    string? Via,
    DateView? Published,
    string Href,
    bool HasEntry);
