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
            if (outlet is null && Copyright().Match(line) is { Success: true } c) outlet = c.Groups["o"].Value.Split('.', '|')[0].Trim();
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

    /// <summary>
    /// The headline: the last title-like line above the body (four to twenty-five words, with lower-case
    /// letters, no menu bar), skipping publication stamps and bylines, which the boilerplate rules' guess may take.
    /// </summary>
    public static string? Headline(string raw, ArticleBody body)
    {
        if (body.HeadlineGuess is { } guess && !IsStamp(guess)) return guess;
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToArray();
        var bodyFirst = body.Paragraphs.Count > 0 ? body.Paragraphs[0].Line - 1 : lines.Length;
        for (var i = Math.Min(bodyFirst, lines.Length) - 1; i >= 0; i--)
        {
            var line = lines[i];
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is < 4 or > 25 || line.Contains('|', StringComparison.Ordinal) || !line.Any(char.IsLower) || IsStamp(line)) continue;
            return line;
        }

        return null;
    }

    private static bool IsStamp(string line) => Byline().IsMatch(line) || Stamp().IsMatch(line) || DateExpressions.Find(line, null).Any(d => d.Date is { Precision: >= Content.Dates.DatePrecision.Month });

    [GeneratedRegex(@"^(?:first\s+|last\s+)?(?:published|posted|updated|date)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    [GeneratedRegex(@"(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*)?(?<o>\p{Lu}[\p{L}\p{N}&.' -]{1,60})", RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^By\s*\|?\s+(?<a>\p{Lu}[\p{L}.' -]{1,60})$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\((?<w>[\p{Lu}][\p{L}]{1,15})\)\s*[:—–-]", RegexOptions.CultureInvariant)]
    private static partial Regex Wire();

    [GeneratedRegex(@"\s+news\s+agency$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgencySuffix();
}
