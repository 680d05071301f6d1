using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Pages;

internal static class NotFoundPage
{
    /// <summary>
    /// The host serves this page for any missing path, so its links cannot be relative to its own place:
    /// they start from the site root (the path of <c>base_url</c> when set, else <c>/</c>).
    /// </summary>
    public static string Root(string? baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath.TrimEnd('/') + "/" : "/";

    public static Page Build(string? baseUrl) =>
        new(SiteUrls.NotFound, "404", "Page not found", new NotFoundView(Root(baseUrl)));
}
