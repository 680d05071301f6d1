namespace BriefingBook.Rendering.Views;

/// <summary>A source wherever a page links to one.</summary>
public sealed record SourceLink(
    string Id,
    string Title,
    string? Outlet,
    string? Via,
    DateView? Published,
    string Href,
    bool HasEntry)
{
    /// <summary>The source's citation label ("Tribune/ANI, c. 2 Dec 2025"), unique in the book: what running text shows.</summary>
    public string Label { get; init; } = Title;
}
