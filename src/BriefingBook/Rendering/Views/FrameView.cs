namespace BriefingBook.Rendering.Views;

/// <summary>The model of the <c>base</c> layout around every page: head, navigation, footer, and the page's own HTML as <c>content</c>.</summary>
public sealed record FrameView(
    string Lang,
    string Title,
    string? Description,
    string BookTitle,
    string HomeHref,
    string Stylesheet,
    string DataHref,
    string? Canonical,
    IReadOnlyList<NavLinkView> Nav,
    string Content)
{
    /// <summary>The theme's icon (<c>assets/favicon.svg</c>), relative to the page.</summary>
    public string Favicon { get; init; } = "";
}
