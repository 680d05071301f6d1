namespace BriefingBook.Rendering;

/// <summary>One page to render: where it goes (a <see cref="SiteUrls"/> page), its layout, title and view model.</summary>
public sealed record Page(string Url, string Layout, string Title, object Model, string? Description = null);
