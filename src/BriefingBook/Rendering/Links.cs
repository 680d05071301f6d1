namespace BriefingBook.Rendering;

/// <summary>
/// Builds relative links from one page. With <c>pretty</c> off (the default) links name
/// <c>index.html</c> so the site can be read straight from disk; on a web host, folder links look better.
/// </summary>
public sealed class Links(string fromPage, bool pretty, string? root = null)
{
    // A page served at any path (the 404 page) links from a fixed root instead of relative to itself.
    private readonly string _up = root ?? string.Concat(Enumerable.Repeat("../", fromPage.Count(c => c == '/')));

    public string To(string page, string? fragment = null)
    {
        var hash = fragment is null ? "" : "#" + fragment;
        if (page == fromPage && fragment is not null) return hash;
        var target = page.EndsWith('/') || page.Length == 0
            ? (pretty ? (page.Length == 0 && _up.Length == 0 ? "./" : page) : page + "index.html")
            : page;
        return _up + target + hash;
    }
}
