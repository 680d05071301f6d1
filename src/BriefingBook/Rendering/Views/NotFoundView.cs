namespace BriefingBook.Rendering.Views;

/// <summary>The <c>404</c> layout. Its links start from the site root: the host serves it for any missing path.</summary>
public sealed record NotFoundView(
    string HomeHref) : PageView;
