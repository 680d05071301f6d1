using BriefingBook.Analysis;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering.Pages;

/// <summary>
/// The home page's briefing: judgements, disputes, stages, gaps and the reliability table, each line linked
/// to the sources, events and notes it rests on. Returns null when book.yml has no briefing, so the page
/// shows none of its headings.
/// </summary>
internal static class BriefingViews
{
    public static object? Build(AnalysedBook book, Links links)
    {
        var briefing = book.Content.Book.Briefing;
        if (briefing.IsEmpty) return null;
        return new
        {
            bottom_line = briefing.BottomLine,
            judgements = Points(briefing.Judgements, book, links),
            uncertain = Points(briefing.Uncertain, book, links),
            gaps = Points(briefing.Gaps, book, links),
            stages = briefing.Stages.Select(s => new
            {
                title = s.Title,
                date = Views.Date(s.Date),
                text = s.Text,
                events = Events(s.Events, book, links),
            }).ToArray(),
            reliability = briefing.Reliability.Select(r => book.SourcesById.GetValueOrDefault(r.Source.Id) is { } source
                ? new
                {
                    source = Views.Source(source, links),
                    dated = r.Dated,
                    defects = r.Defects,
                    confidence = r.Confidence.ToString().ToLowerInvariant(),
                }
                : null).OfType<object>().ToArray(),
        };
    }

    private static object[] Points(IReadOnlyList<BriefingPoint> points, AnalysedBook book, Links links) =>
    [
        .. points.Select(p => new
        {
            text = p.Text,
            sources = p.Sources.Select(id => book.SourcesById.GetValueOrDefault(id.Id)).OfType<Source>()
                .Select(s => new { title = Label(s), date = Views.Date(s.Published), href = links.To(SiteUrls.Source(s.Id)) }).ToArray(),
            events = Events(p.Events, book, links),
            notes = p.Notes.Select(id => book.Notes.FirstOrDefault(n => n.Id == id.Id)).OfType<Note>()
                .Select(n => new { title = n.Title, href = links.To(SiteUrls.Notes, SiteUrls.NoteAnchor(n.Id)) }).ToArray(),
        }),
    ];

    /// <summary>
    /// A source's name in a citation: its outlet, else the agency it is credited to, else its headline's first
    /// words without the brackets that mark an editors' headline.
    /// </summary>
    private static string Label(Source source)
    {
        if (!string.IsNullOrWhiteSpace(source.Outlet)) return source.Outlet;
        if (!string.IsNullOrWhiteSpace(source.Via)) return source.Via;
        var words = source.Headline.Trim('[', ']').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 ? string.Join(' ', words) : string.Join(' ', words[..6]) + " …";
    }

    private static object[] Events(IReadOnlyList<IdRef> ids, AnalysedBook book, Links links) =>
        [.. ids.Select(id => book.EventsById.GetValueOrDefault(id.Id)).OfType<Event>().Select(e => Views.Event(e, links))];
}
