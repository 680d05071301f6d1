using BriefingBook.Analysis;

namespace BriefingBook.Rendering.Pages;

internal static class ChronologyPage
{
    public static Page Build(AnalysedBook book, bool pretty)
    {
        var links = new Links(SiteUrls.Chronology, pretty);
        var years = book.Years.Select(y => new
        {
            label = y.Label,
            anchor = y.Anchor,
            events = y.Events.Select(e => new
            {
                title = e.Title,
                date = Views.Date(e.Date),
                href = links.To(SiteUrls.Event(e.Id)),
                key = e.Key,
                garbled = e.RestsOnGarbled,
                contested = book.IsContested(e),
                summary_html = MarkdownRenderer.ToHtml(e.SummaryMarkdown),
                actors = Views.Actors(book.Resolve(e.Actors), links),
                reports = book.QuotesOf(e).Select(q => new
                {
                    source = q.Source.Headline,
                    outlet = q.Source.Outlet ?? q.Source.Via,
                    href = links.To(SiteUrls.Source(q.Source.Id), q.Anchor),
                }).ToArray(),
            }).ToArray(),
        }).ToArray();
        var nav = book.Years.Select(y => new { label = y.Label, href = "#" + y.Anchor }).ToArray();
        return new Page(SiteUrls.Chronology, "chronology", "Chronology", new { years, nav, count = book.Chronology.Count }, "Every event in the book, by date.");
    }
}
