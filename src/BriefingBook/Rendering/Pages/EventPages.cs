using BriefingBook.Analysis;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering.Pages;

internal static class EventPages
{
    public static Page Build(AnalysedBook book, Event ev, bool pretty)
    {
        var url = SiteUrls.Event(ev.Id);
        var links = new Links(url, pretty);
        var index = IndexOf(book.Chronology, ev);
        var model = new
        {
            title = ev.Title,
            date = Views.Date(ev.Date),
            dating = ev.Dating,
            place = ev.Place,
            summary_html = MarkdownRenderer.ToHtml(ev.SummaryMarkdown),
            actors = ev.Actors.Where(a => book.ActorsById.ContainsKey(a.Id)).Select(a => Views.Actor(book.ActorsById[a.Id], links)).ToArray(),
            reports = ev.Reports.Select(r => (Report: r, Quote: book.QuoteOf(r))).Where(x => x.Quote is not null).Select(x => new
            {
                source = Views.Source(x.Quote!.Source, links),
                quote = x.Report.Quote,
                quote_href = links.To(SiteUrls.Source(x.Quote.Source.Id), x.Quote.Anchor),
                paragraph = x.Quote.Paragraph.Number,
                values = Values(x.Report, book, links),
                note_html = MarkdownRenderer.InlineToHtml(x.Report.NoteMarkdown),
            }).ToArray(),
            related = ev.Related.Where(r => book.EventsById.ContainsKey(r.Id)).Select(r => Views.Event(book.EventsById[r.Id], links)).ToArray(),
            previous = index > 0 ? Views.Event(book.Chronology[index - 1], links) : null,
            next = index < book.Chronology.Count - 1 ? Views.Event(book.Chronology[index + 1], links) : null,
            chronology_href = links.To(SiteUrls.Chronology, YearAnchor(book, ev)),
        };
        return new Page(url, "event", ev.Title, model, $"{ev.Date.ToDisplay()}: {ev.Title}");
    }

    /// <summary>The values a report states, labelled, for showing side by side with other reports.</summary>
    private static object[] Values(Report report, AnalysedBook book, Links links)
    {
        var values = new List<object>();
        if (report.Date is { } date) values.Add(new { label = "Date", value = date.ToDisplay(), href = (string?)null });
        if (report.Place is { } place) values.Add(new { label = "Place", value = place, href = (string?)null });
        if (report.Count is { } count) values.Add(new { label = "Count", value = count, href = (string?)null });
        if (report.First is { } first && book.ActorsById.TryGetValue(first.Id, out var actor))
            values.Add(new { label = "First", value = actor.Name, href = (string?)links.To(SiteUrls.Actor(actor.Id)) });
        return [.. values];
    }

    private static int IndexOf(IReadOnlyList<Event> chronology, Event ev)
    {
        for (var i = 0; i < chronology.Count; i++)
        {
            if (ReferenceEquals(chronology[i], ev)) return i;
        }

        return -1;
    }

    private static string? YearAnchor(AnalysedBook book, Event ev) =>
        book.Years.FirstOrDefault(y => y.Events.Any(e => ReferenceEquals(e, ev)))?.Anchor;
}
