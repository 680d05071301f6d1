using System.Text;
using BriefingBook.Analysis;
using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering;

/// <summary>
/// A source's cleaned body as HTML: one element per paragraph with a stable anchor (<c>#p3</c>), and every
/// quoted passage highlighted. Quotes may overlap (two events quoting one sentence), so each paragraph is cut
/// into segments wherever the set of covering quotes changes; every quote also gets an empty anchor element
/// at its start so that event pages can link to exactly that passage. All seed text is escaped.
/// </summary>
public static class ArticleHtml
{
    public static string Render(Source source, IReadOnlyList<QuoteMatch> quotes, Links links)
    {
        var byParagraph = quotes.ToLookup(q => q.Paragraph.Number);
        var html = new StringBuilder();
        foreach (var paragraph in source.Body.Paragraphs)
        {
            var tag = paragraph.Kind == ParagraphKind.Heading ? "h3" : "p";
            html.Append('<').Append(tag).Append(" id=\"").Append(paragraph.Anchor).Append("\">");
            html.Append("<a class=\"pilcrow\" href=\"#").Append(paragraph.Anchor).Append("\" aria-label=\"Paragraph ")
                .Append(paragraph.Number).Append("\">¶</a>");
            AppendHighlighted(html, paragraph.Text, [.. byParagraph[paragraph.Number]], links);
            html.Append("</").Append(tag).Append(">\n");
        }

        return html.ToString();
    }

    private static void AppendHighlighted(StringBuilder html, string text, QuoteMatch[] quotes, Links links)
    {
        if (quotes.Length == 0)
        {
            html.Append(Html.Escape(text));
            return;
        }

        // Segment boundaries: every quote start and end.
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var q in quotes)
        {
            cuts.Add(q.Start);
            cuts.Add(q.Start + q.Length);
        }

        var points = cuts.ToArray();
        for (var i = 0; i < points.Length - 1; i++)
        {
            var (from, to) = (points[i], points[i + 1]);
            foreach (var q in quotes.Where(q => q.Start == from))
                html.Append("<span class=\"quote-anchor\" id=\"").Append(q.Anchor).Append("\"></span>");

            var covering = quotes.Where(q => q.Start <= from && q.Start + q.Length >= to).ToArray();
            var segment = Html.Escape(text[from..to]);
            if (covering.Length == 0)
            {
                html.Append(segment);
                continue;
            }

            var titles = string.Join("; ", covering.Select(q => q.Event.Title).Distinct());
            html.Append("<mark class=\"quote\" title=\"Quoted for: ").Append(Html.Escape(titles)).Append("\">")
                .Append("<a href=\"").Append(links.To(SiteUrls.Event(covering[0].Event.Id))).Append("\">")
                .Append(segment).Append("</a></mark>");
        }
    }
}
