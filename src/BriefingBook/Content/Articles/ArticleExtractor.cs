using System.Net;

namespace BriefingBook.Content.Articles;

/// <summary>
/// Chooses how a seed's article is extracted: text seeds by the line rules, HTML seeds (<c>.html</c>,
/// <c>.htm</c>) by Readability, unless the source says <c>extract: rules|readability</c>. Whatever the
/// method, the result is the same <see cref="ArticleBody"/>, so quotes, mentions and duplicates work on an
/// HTML seed's text exactly as on a text seed's. Paragraph lines are lines of the seed file as saved.
/// </summary>
public static class ArticleExtractor
{
    public static bool IsHtml(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".html" or ".htm" or ".xhtml";

    public static ArticleBody Extract(string fileName, string raw) => Extract(fileName, raw, null, BodyBounds.None, out _);

    public static ArticleBody Extract(string fileName, string raw, ExtractionMethod? method, BodyBounds bounds, out string? boundsError)
    {
        var html = IsHtml(fileName);
        var chosen = method ?? (html ? ExtractionMethod.Readability : ExtractionMethod.Rules);
        if (!html && chosen == ExtractionMethod.Rules) return BoilerplateRemover.Clean(raw, bounds, out boundsError);

        // A text seed read by Readability: each line is a paragraph, on the same line of the page.
        var page = html ? raw : TextAsHtml(raw);
        var pageBlocks = HtmlText.PageBlocks(page, out var depth, out var elements);
        var visible = HtmlText.AsText(pageBlocks);
        // The rules on the page's visible text: the body for `extract: rules` or an editor's bounds, and the
        // credit line and fallback otherwise.
        var ruled = BoilerplateRemover.Clean(visible, bounds, out boundsError);
        var hasBounds = bounds.FirstLineStart is not null || bounds.LastLineStart is not null;
        if (chosen == ExtractionMethod.Readability && !hasBounds && ReadabilityExtractor.Accepts(depth, elements)
            && ReadabilityExtractor.Extract(page) is { } article)
        {
            var paragraphs = article.Blocks.Select((b, i) => new BodyParagraph(
                i + 1, b.IsHeading ? ParagraphKind.Heading : ParagraphKind.Text, b.Text, SeedLine(pageBlocks, b.Text))).ToList();
            return new ArticleBody(paragraphs, paragraphs.Min(p => p.Line), paragraphs.Max(p => p.Line), article.Title ?? ruled.HeadlineGuess, ruled.Credit);
        }

        return MapLines(ruled, pageBlocks);
    }

    /// <summary>The rules ran on blocks joined by blank lines (block k on line 2k+1): map back to the page's lines.</summary>
    private static ArticleBody MapLines(ArticleBody body, List<HtmlBlock> blocks)
    {
        int PageLine(int textLine) => blocks.Count == 0 ? textLine : blocks[Math.Clamp((textLine - 1) / 2, 0, blocks.Count - 1)].Line;
        if (body.Paragraphs.Count == 0) return body;
        return body with
        {
            Paragraphs = [.. body.Paragraphs.Select(p => p with { Line = PageLine(p.Line) })],
            FirstLine = PageLine(body.FirstLine),
            LastLine = PageLine(body.LastLine),
        };
    }

    /// <summary>The page line of the first block whose text starts like the paragraph (Readability re-serializes the HTML).</summary>
    private static int SeedLine(List<HtmlBlock> pageBlocks, string text)
    {
        var probe = text.Length > 40 ? text[..40] : text;
        return pageBlocks.FirstOrDefault(b => b.Text.StartsWith(probe, StringComparison.Ordinal) || probe.StartsWith(b.Text, StringComparison.Ordinal) && b.Text.Length > 0)?.Line
            ?? pageBlocks.FirstOrDefault(b => b.Text.Contains(probe, StringComparison.Ordinal))?.Line
            ?? 1;
    }

    private static string TextAsHtml(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return "<!DOCTYPE html><html><body><article>" + string.Join("\n", lines.Select(l => l.Trim().Length == 0 ? "" : "<p>" + WebUtility.HtmlEncode(l) + "</p>")) + "</article></body></html>";
    }
}
