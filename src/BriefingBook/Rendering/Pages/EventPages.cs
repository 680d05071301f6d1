using BriefingBook.Analysis;
using BriefingBook.Content.Model;

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
        var model = new
        {
            title = ev.Title,
            date = Views.Date(ev.Date),
            dating = ev.Dating,
            place = ev.Place,
            summary_html = MarkdownRenderer.ToHtml(ev.SummaryMarkdown),
            actors = Views.Actors(book.Resolve(ev.Actors), links),
            reports = book.QuotesOf(ev).Select(q => new
            {
                source = Views.Source(q.Source, links),
                quote = q.Report.Quote,
                quote_href = links.To(SiteUrls.Source(q.Source.Id), q.Anchor),
                paragraph = q.Paragraph.Number,
                values = Values(q.Report, book, links, conflictingFields),
                note_html = MarkdownRenderer.InlineToHtml(q.Report.NoteMarkdown),
            }).ToArray(),
            conflicts = conflicts.Select(c => NoteViews.Conflict(c, book, links)).ToArray(),
            notes = book.NotesAbout(ev.Id).Select(n => NoteViews.EditorNote(n, book, links)).ToArray(),
            contested = book.IsContested(ev),
            garbled = ev.RestsOnGarbled,
            side_by_side = book.QuotesOf(ev).Count > 1,
            report_count = book.QuotesOf(ev).Count,
            related = ev.Related.Select(r => book.EventsById.GetValueOrDefault(r.Id)).OfType<Event>().Select(e => Views.Event(e, links)).ToArray(),
            previous = previous is null ? null : Views.Event(previous, links),
            next = next is null ? null : Views.Event(next, links),
            chronology_href = links.To(SiteUrls.Chronology, book.YearOf(ev).Anchor),
        };
        return new Page(url, "event", ev.Title, model, $"{ev.Date.ToDisplay()}: {ev.Title}");
    }

    /// <summary>The values a report states, labelled, for showing side by side with other reports.</summary>
    private static object[] Values(Report report, AnalysedBook book, Links links, HashSet<string> conflicting)
    {
        var values = new List<object>();
        object Value(string field, string value, string? href = null) =>
            new { label = char.ToUpperInvariant(field[0]) + field[1..], value, href, conflicting = conflicting.Contains(field) };
        if (report.Date is { } date) values.Add(Value("date", date.ToDisplay()));
        if (report.Place is { } place) values.Add(Value("place", place));
        if (report.Count is { } count) values.Add(Value("count", count));
        if (report.First is { } first && book.ActorsById.TryGetValue(first.Id, out var actor))
            values.Add(Value("first", actor.Name, links.To(SiteUrls.Actor(actor.Id))));
        return [.. values];
    }
}
