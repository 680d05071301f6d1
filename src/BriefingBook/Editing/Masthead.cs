using System.Text.RegularExpressions;
using BriefingBook.Content.Articles;

namespace BriefingBook.Editing;

/// <summary>
/// Who published a page and which wire it came from, as the page itself says: an outlet from a copyright line
/// ("© 2026 Steppe Herald"), a wire from the dateline ("(ANI)", "(Reuters)") or the credit line ("Source: TASS
/// News Agency"), a byline from a "By …" line above the article. Nothing is guessed beyond the page's words.
/// </summary>
public static partial class Masthead
{
    public static (string? Outlet, string? Via, string? Author) Read(string raw, ArticleBody body)
    {
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToArray();
        string? outlet = null, author = null;
        foreach (var line in lines)
        {
            if (outlet is null && Copyright().Match(line) is { Success: true } c) outlet = c.Groups["o"].Value.Trim().TrimEnd('.');
        }

        var bodyFirst = body.Paragraphs.Count > 0 ? body.Paragraphs[0].Line - 1 : lines.Length;
        for (var i = 0; i < bodyFirst && i < lines.Length; i++)
        {
            if (Byline().Match(lines[i]) is { Success: true } b) author = b.Groups["a"].Value.Trim();
        }

        string? via = null;
        if (body.Paragraphs.Count > 0 && Wire().Match(body.Paragraphs[0].Text[..Math.Min(120, body.Paragraphs[0].Text.Length)]) is { Success: true } w)
            via = w.Groups["w"].Value;
        else if (body.Credit is { } credit)
            via = AgencySuffix().Replace(credit, "").Trim();
        return (outlet, via, author);
    }

    [GeneratedRegex(@"(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*)?(?<o>\p{Lu}[\p{L}\p{N}&.' -]{1,60})", RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^By\s*\|?\s+(?<a>\p{Lu}[\p{L}.' -]{1,60})$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\((?<w>[\p{Lu}][\p{L}]{1,15})\)\s*[:—–-]", RegexOptions.CultureInvariant)]
    private static partial Regex Wire();

    [GeneratedRegex(@"\s+news\s+agency$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgencySuffix();
}
