using BriefingBook.Analysis;
using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Pages;

/// <summary>
/// The printable book (<c>/book/</c>): the briefing in reading order (summary, key dates, chronology, actors,
/// sources, notes) on one page. Its links stay on the page (<c>#event-…</c>, <c>#source-…</c>) or go out of the
/// book with a numbered footnote, so the printed copy has no "read in context" link to a page it does not hold.
/// </summary>
internal static class BookPage
{
    public static Page Build(AnalysedBook book, bool pretty, bool withPdf)
    {
        var links = new Links(SiteUrls.Book, pretty);
        var info = book.Content.Book;
        var footnotes = new BookFootnotes();
        // Sources are numbered in order of publication, as the reader meets them in the list at the end.
        var sources = book.Content.Sources.OrderBy(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal).ToArray();
        var numbers = sources.Select((s, i) => (s.Id, Number: i + 1)).ToDictionary(p => p.Id, p => p.Number, StringComparer.Ordinal);
        BookCitationView Cite(Source source) => new(Label(book, source), numbers[source.Id], "#" + SourceAnchor(source.Id));
        BookCitationView[] CiteAll(IEnumerable<string> ids) =>
            [.. ids.Distinct(StringComparer.Ordinal).Select(id => book.SourcesById.GetValueOrDefault(id)).OfType<Source>().OrderBy(s => numbers[s.Id]).Select(Cite)];
        BookEventRefView EventRef(Event ev) => new(ev.Title, Views.Date(ev.Date), "#" + EventAnchor(ev.Id));
        BookPointView[] Points(IReadOnlyList<BriefingPoint> points) =>
            [.. points.Select(p => new BookPointView(p.Text, CiteAll(p.Sources.Select(s => s.Id))))];

        // Built in reading order, so that footnotes are numbered as they are met.
        var description = footnotes.Markdown(info.DescriptionMarkdown);
        var briefing = info.Briefing;
        var judgements = Points(briefing.Judgements);
        var uncertain = Points(briefing.Uncertain);
        var gaps = Points(briefing.Gaps);
        var keyDates = book.Chronology.Where(e => e.Key).Select(EventRef).ToArray();
        var years = book.Years.Select(y => new BookYearView(y.Label, "chronology-" + y.Anchor, [.. y.Events.Select(e => new BookEventView(
            Anchor: EventAnchor(e.Id),
            Title: e.Title,
            Date: Views.Date(e.Date)!,
            Place: e.Place,
            Marks: [.. Views.Marks(book, e, links).Select(m => m.Label)],
            SummaryHtml: footnotes.Markdown(e.SummaryMarkdown),
            Actors: [.. book.Resolve(e.Actors).Select(a => new BookActorRefView(a.Name, "#" + ActorAnchor(a.Id)))],
            Sources: CiteAll(e.Reports.Select(r => r.Source.Id))))])).ToArray();
        var actorGroups = book.Actors.GroupBy(a => a.Kind).OrderBy(g => g.Key).Select(g => new BookActorGroupView(
            Views.KindPlural(g.Key),
            [.. g.Select(a => new BookActorView(
                Anchor: ActorAnchor(a.Id),
                Name: a.Name,
                Kind: Views.KindLabel(a.Kind),
                ProfileHtml: footnotes.Markdown(a.ProfileMarkdown),
                Events: [.. book.EventsOf(a.Id).Select(EventRef)]))])).ToArray();
        var sourceViews = sources.Select(s => new BookSourceView(
            Anchor: SourceAnchor(s.Id),
            Number: numbers[s.Id],
            Headline: s.Headline,
            Label: Label(book, s),
            Outlet: s.Outlet,
            Via: s.Via,
            Author: s.Author,
            Published: Views.Date(s.Published),
            Dating: s.Dating,
            Url: s.Url,
            UrlFootnote: string.IsNullOrEmpty(s.Url) ? null : footnotes.Add(s.Url),
            SummaryHtml: footnotes.Markdown(s.SummaryMarkdown),
            Notes: [.. book.Notes.Where(n => n.Claims.Any(c => c.Source.Id == s.Id))
                .Select(n => new BookNoteRefView(n.Title, Kind(n.Kind), "#" + NoteAnchor(n.Id)))])).ToArray();
        var notes = book.Notes.Select(n => new BookNoteView(
            Anchor: NoteAnchor(n.Id),
            Kind: Kind(n.Kind),
            Title: n.Title,
            BodyHtml: footnotes.Markdown(n.BodyMarkdown),
            Sources: CiteAll(n.Claims.Select(c => c.Source.Id)),
            Events: [.. n.Events.Select(id => book.EventsById.GetValueOrDefault(id.Id)).OfType<Event>().Select(EventRef)])).ToArray();

        var model = new BookView(
            Title: info.Title,
            Subtitle: info.Subtitle,
            Edition: Views.Date(Edition(book)),
            DescriptionHtml: description,
            BottomLine: briefing.BottomLine,
            Judgements: judgements,
            Uncertain: uncertain,
            Gaps: gaps,
            KeyDates: keyDates,
            Years: years,
            ActorGroups: actorGroups,
            Sources: sourceViews,
            Notes: notes,
            Footnotes: footnotes.All,
            EventCount: book.Chronology.Count,
            PdfHref: withPdf ? links.To(SiteUrls.BookPdf) : null,
            SiteHref: links.To(SiteUrls.Home));
        return new Page(SiteUrls.Book, "book", "The whole book", model, "The whole briefing on one page, for print.");
    }

    /// <summary>
    /// The date the book prints as its build date: the newest source's publication date. A date from the clock
    /// would make two builds of the same book differ; the newest source is what the book is up to date with.
    /// </summary>
    public static PartialDate? Edition(AnalysedBook book) =>
        book.Content.Sources.Select(s => s.Published).OfType<PartialDate>().DefaultIfEmpty().Max();

    public static string EventAnchor(string id) => "event-" + id;

    public static string ActorAnchor(string id) => "actor-" + id;

    public static string SourceAnchor(string id) => "source-" + id;

    public static string NoteAnchor(string id) => "note-" + id;

    /// <summary>A source's short label, the one citations use on every page (<see cref="AnalysedBook.ShortLabel"/>).</summary>
    private static string Label(AnalysedBook book, Source source) => book.ShortLabel(source.Id);

    private static string Kind(NoteKind kind) => kind == NoteKind.Conflict ? "conflict" : "flag";
}
