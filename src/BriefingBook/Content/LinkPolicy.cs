namespace BriefingBook.Content;

/// <summary>
/// Which link targets the site may carry: <c>http</c>, <c>https</c>, <c>mailto</c> and relative links, nothing
/// else. <c>javascript:</c> runs script on click wherever the site is opened without its CSP header (from disk,
/// on another host), and <c>data:</c> can carry a whole page. Content validation reports the rest with their
/// line; rendering drops them anyway, so a bypassed check still publishes nothing dangerous.
/// </summary>
public static class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>True for http, https, mailto and relative links, read the way a browser reads them.</summary>
    public static bool IsAllowed(string url)
    {
        var scheme = Scheme(url);
        return scheme is null || AllowedSchemes.Contains(scheme, StringComparer.Ordinal);
    }

    /// <summary>True for an absolute http or https address with a host.</summary>
    public static bool IsWebAddress(string url) =>
        Scheme(url) is "http" or "https"
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Host.Length > 0
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));

    /// <summary>
    /// The scheme as a browser sees it (lowercase), or null for a relative link. Browsers drop tabs and
    /// newlines anywhere in a URL and controls and spaces around it, so <c>java&#9;script:</c> is
    /// <c>javascript:</c>.
    /// </summary>
    public static string? Scheme(string url)
    {
        var cleaned = new string([.. url.Where(c => c is not '\t' and not '\n' and not '\r')]);
        var first = 0;
        var last = cleaned.Length;
        while (first < last && cleaned[first] <= ' ') first++;
        while (last > first && cleaned[last - 1] <= ' ') last--;
        cleaned = cleaned[first..last];
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1) return null;
        // What stands before the colon is a scheme only if it looks like one (RFC 3986: a letter, then
        // letters, digits, + - .); otherwise the browser reads the whole thing as a relative path.
        var scheme = cleaned.AsSpan(0, colon);
        if (!char.IsAsciiLetter(scheme[0])) return null;
        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '+' and not '-' and not '.') return null;
        }

        return scheme.ToString().ToLowerInvariant();
    }
}
