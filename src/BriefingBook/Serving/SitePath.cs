namespace BriefingBook.Serving;

/// <summary>
/// Maps a request's path to a file of the served site. The site is a dictionary, so no path can reach the disk;
/// the path is still normalised (no <c>.</c> or <c>..</c> segments, no backslashes or NULs, no empty segments),
/// so that one page has one name and a hostile path is simply not found.
/// </summary>
public static class SitePath
{
    /// <summary>
    /// The site files an address can name, best first: the file itself, then the folder's <c>index.html</c>
    /// (<c>/actors/</c> and <c>/actors</c> both name <c>actors/index.html</c>). Empty for a path that is not a
    /// clean site path.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string? requestPath)
    {
        var path = requestPath ?? "/";
        if (path.Length == 0) path = "/";
        if (path[0] != '/' || path.Contains('\\', StringComparison.Ordinal) || path.Contains('\0', StringComparison.Ordinal)) return [];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Any(char.IsControl))) return [];
        var joined = string.Join('/', segments);
        if (joined.Length == 0) return ["index.html"];
        return path.EndsWith('/') ? [joined + "/index.html"] : [joined, joined + "/index.html"];
    }
}
