using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering;

/// <summary>One page to render: where it goes (a <see cref="SiteUrls"/> page), its layout, title and view model.</summary>
public sealed record Page(string Url, string Layout, string Title, PageView Model, string? Description = null);
