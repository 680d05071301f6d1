namespace BriefingBook.Rendering.Views;

/// <summary>An Atom feed the page points to in its head (<c>&lt;link rel="alternate"&gt;</c>).</summary>
public sealed record FeedLinkView(string Title, string Href);
