using BriefingBook.Analysis;
using BriefingBook.Content.Model;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Pages;

internal static class EventPages
{
    public static Page Build(AnalysedBook book, Event ev, bool pretty)
    {
        var url = SiteUrls.Event(ev.Id);
        var links = new Links(url, pretty);
        var (previous, next) = book.NeighboursOf(ev);
        var conflicts = book.ConflictsOf(ev);
        var conflictingFields = conflicts.Select(c => c.Field).ToHashSet(StringComparer.Ordinal);
        var model = new EventView(
            Title: ev.Title,
            Date: Views.Date(ev.Date),
            Dating: ev.Dating,
            Place: ev.Place,
            SummaryHtml: MarkdownRenderer.ToHtml(ev.SummaryMarkdown),
            Actors: Views.Actors(book.Resolve(ev.Actors), links),
            Reports: [.. book.QuotesOf(ev).Select(q => new EventReportView(
                Source: Views.Source(book, book.Source(q.Source), links),
                Quote: ev.Reports[q.Report.Index].Quote,
                QuoteHref: links.To(SiteUrls.Source(q.Source.Value), SiteUrls.QuoteAnchor(ev, q.Report.Index)),
                Paragraph: q.Paragraph.Number,
                Values: Values(ev.Reports[q.Report.Index], book, links, conflictingFields),
                NoteHtml: MarkdownRenderer.InlineToHtml(ev.Reports[q.Report.Index].NoteMarkdown, Views.LineHref(book.Source(q.Source), links))))],
            Conflicts: [.. conflicts.Select(c => NoteViews.Conflict(c, book, links))],
            Notes: [.. book.NotesAbout(ev.Id).Select(n => NoteViews.EditorNote(n, book, links))],
            Contested: book.IsContested(ev),
            Garbled: ev.RestsOnGarbled,
            SideBySide: book.QuotesOf(ev).Count > 1,
            ReportCount: book.QuotesOf(ev).Count,
            Related: [.. ev.Related.Select(r => book.EventsById.GetValueOrDefault(r.Id)).OfType<Event>().Select(e => Views.Event(book, e, links))],
            Previous: previous is null ? null : Views.Event(book, previous, links),
            Next: next is null ? null : Views.Event(book, next, links),
            ChronologyHref: links.To(SiteUrls.Chronology, ChronologyPage.Anchor(ev)))
        {
            Marks = Views.Marks(book, ev, links),
        };
        return new Page(url, "event", ev.Title, model, $"{ev.Date.ToDisplay()}: {ev.Title}");
    }

    /// <summary>The values a report states, labelled, for showing side by side with other reports.</summary>
    private static ReportValueView[] Values(Report report, AnalysedBook book, Links links, HashSet<string> conflicting)
    {
        var values = new List<ReportValueView>();
        ReportValueView Value(string field, string value, string? href = null) =>
            new(char.ToUpperInvariant(field[0]) + field[1..], value, href, conflicting.Contains(field));
        if (report.Date is { } date) values.Add(Value("date", date.ToDisplay()));
        if (report.Place is { } place) values.Add(Value("place", place));
        if (report.Count is { } count) values.Add(Value("count", count));
        if (report.First is { } first && book.ActorsById.TryGetValue(first.Id, out var actor))
            values.Add(Value("first", actor.Name, links.To(SiteUrls.Actor(actor.Id))));
        return [.. values];
    }
}
