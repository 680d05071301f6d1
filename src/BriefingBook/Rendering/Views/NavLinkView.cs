namespace BriefingBook.Rendering.Views;

/// <summary>One entry of the site navigation; <c>current</c> when the page is in its section.</summary>
public sealed record NavLinkView(
    string Label,
    string Href,
    bool Current);
