using BriefingBook.Analysis;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering.Pages;

internal static class SourcePages
{
    public static Page Index(AnalysedBook book, bool pretty)
    {
        var links = new Links(SiteUrls.Sources, pretty);
        var sources = book.Content.Sources
            .OrderBy(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => new
            {
                source = Views.Source(s, links),
                seed = s.Seed.FileName,
                events = book.EventsReportedBy(s.Id).Count,
                paragraphs = s.Body.Paragraphs.Count,
            }).ToArray();
        return new Page(SiteUrls.Sources, "sources", "Sources", new { sources, count = sources.Length }, "The articles the book is built from.");
    }

    public static Page Build(AnalysedBook book, Source source, bool pretty)
    {
        var url = SiteUrls.Source(source.Id);
        var links = new Links(url, pretty);
        var quotes = book.QuotesIn(source.Id);
        var model = new
        {
            source = Views.Source(source, links),
            author = source.Author,
            dating = source.Dating,
            url = source.Url,
            seed = source.Seed.FileName,
            summary_html = MarkdownRenderer.ToHtml(source.SummaryMarkdown),
            body_html = ArticleHtml.Render(source, quotes, links),
            body_lines = source.Body.Paragraphs.Count == 0 ? null : $"{source.Body.FirstLine}–{source.Body.LastLine}",
            paragraphs = source.Body.Paragraphs.Count,
            credit = source.Body.Credit,
            raw = source.Seed.Text,
            events = book.EventsReportedBy(source.Id).Select(e => new
            {
                ev = Views.Event(e, links),
                quotes = quotes.Where(q => ReferenceEquals(q.Event, e)).Select(q => new { text = q.Report.Quote, href = "#" + q.Anchor }).ToArray(),
            }).ToArray(),
            actors = Views.Actors(book.ActorsNamedIn(source.Id).Select(id => book.ActorsById[id]).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase), links),
        };
        return new Page(url, "source", source.Headline, model, $"Source: {source.Headline}");
    }
}
