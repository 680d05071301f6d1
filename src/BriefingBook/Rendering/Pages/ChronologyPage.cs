using BriefingBook.Analysis;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Pages;

internal static class ChronologyPage
{
    public static Page Build(AnalysedBook book, bool pretty)
    {
        var links = new Links(SiteUrls.Chronology, pretty);
        var years = book.Years.Select(y => new ChronologyYearView(
            Label: y.Label,
            Anchor: y.Anchor,
            Events: [.. y.Events.Select(e => new ChronologyEventView(
                Title: e.Title,
                Date: Views.Date(e.Date),
                Href: links.To(SiteUrls.Event(e.Id)),
                Key: e.Key,
                Garbled: e.RestsOnGarbled,
                Contested: book.IsContested(e),
                SummaryHtml: MarkdownRenderer.ToHtml(e.SummaryMarkdown),
                Actors: Views.Actors(book.Resolve(e.Actors), links),
                Reports: [.. book.QuotesOf(e).Select(q =>
                {
                    var source = book.Source(q.Source);
                    return new ChronologyReportView(
                        Source: source.Headline,
                        Outlet: source.Outlet ?? source.Via,
                        Href: links.To(SiteUrls.Source(source.Id), SiteUrls.QuoteAnchor(e, q.Report.Index)));
                })]))])).ToArray();
        var nav = book.Years.Select(y => new YearLinkView(y.Label, "#" + y.Anchor)).ToArray();
        return new Page(SiteUrls.Chronology, "chronology", "Chronology", new ChronologyView(years, nav, book.Chronology.Count, Graphics.BookGraphics.Timeline(book, links)), "Every event in the book, by date.");
    }
}
