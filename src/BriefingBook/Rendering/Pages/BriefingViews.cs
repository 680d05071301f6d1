using BriefingBook.Analysis;
using BriefingBook.Content.Model;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Pages;

/// <summary>
/// The home page's briefing: judgements, disputes, stages, gaps and the reliability table, each line linked
/// to the sources, events and notes it rests on. Returns null when book.yml has no briefing, so the page
/// shows none of its headings.
/// </summary>
internal static class BriefingViews
{
    public static BriefingView? Build(AnalysedBook book, Links links)
    {
        var briefing = book.Content.Book.Briefing;
        if (briefing.IsEmpty) return null;
        return new BriefingView(
            BottomLine: briefing.BottomLine,
            Judgements: Points(briefing.Judgements, book, links),
            Uncertain: Points(briefing.Uncertain, book, links),
            Gaps: Points(briefing.Gaps, book, links),
            Stages: [.. briefing.Stages.Select(s => new BriefingStageView(s.Title, Views.Date(s.Date), s.Text, Events(s.Events, book, links)))],
            Reliability: [.. briefing.Reliability.Select(r => book.SourcesById.GetValueOrDefault(r.Source.Id) is { } source
                ? new ReliabilityView(Views.Source(book, source, links), r.Dated, r.Defects, r.Confidence.ToString().ToLowerInvariant())
                : null).OfType<ReliabilityView>()]);
    }

    private static BriefingPointView[] Points(IReadOnlyList<BriefingPoint> points, AnalysedBook book, Links links) =>
    [
        .. points.Select(p => new BriefingPointView(
            Text: p.Text,
            Sources: [.. p.Sources.Select(id => book.SourcesById.GetValueOrDefault(id.Id)).OfType<Source>()
                .Select(s => new CitedSourceView(book.ShortLabel(s.Id), Views.Date(s.Published), links.To(SiteUrls.Source(s.Id))) { Headline = s.Headline })],
            Events: Events(p.Events, book, links),
            Notes: [.. p.Notes.Select(id => book.Notes.FirstOrDefault(n => n.Id == id.Id)).OfType<Note>()
                .Select(n => new CitedNoteView(n.Title, links.To(SiteUrls.Notes, SiteUrls.NoteAnchor(n.Id))))])),
    ];

    private static EventLink[] Events(IReadOnlyList<IdRef> ids, AnalysedBook book, Links links) =>
        [.. ids.Select(id => book.EventsById.GetValueOrDefault(id.Id)).OfType<Event>().Select(e => Views.Event(book, e, links))];
}
