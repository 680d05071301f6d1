using BriefingBook.Analysis;
using BriefingBook.Content.Model;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Pages;

internal static class HomePage
{
    /// <summary>
    /// What is disputed, one line each: every editors' conflict note (with the sources it weighs, by short label)
    /// and every disagreement between report values the analysis found.
    /// </summary>
    private static DisputedView[] Disputed(AnalysedBook book, Links links)
    {
        var lines = new List<DisputedView>();
        foreach (var note in book.Notes.Where(n => n.Kind == NoteKind.Conflict))
        {
            var claims = book.ClaimsOf(note);
            var named = note.Claims.Select(c => c.Source.Id).Distinct(StringComparer.Ordinal).Count();
            lines.Add(new DisputedView(
                Title: note.Title,
                Href: links.To(SiteUrls.Notes, SiteUrls.NoteAnchor(note.Id)),
                Kind: named >= 2 ? "disagree" : "self",
                Label: named >= 2 ? "sources disagree" : "a source contradicts itself",
                Sources: [.. claims.GroupBy(c => c.Source).Select(g => g.First()).Select(c => Views.Citation(book, book.Source(c.Source),
                    links.To(SiteUrls.Source(c.Source.Value), SiteUrls.ClaimAnchor(book, c.Claim))))],
                Events: [.. note.Events.Select(e => book.EventsById.GetValueOrDefault(e.Id)).OfType<Event>().Select(e => Views.Event(book, e, links))]));
        }

        foreach (var conflict in book.Conflicts)
        {
            var ev = book.Event(conflict.Event);
            var self = conflict.SourceIds.Count < 2;
            lines.Add(new DisputedView(
                Title: $"{ev.Title}: the reports give different values for {conflict.Field}",
                Href: links.To(SiteUrls.Notes, SiteUrls.ConflictAnchor(ev.Id, conflict.Field)),
                Kind: self ? "self" : "disagree",
                Label: self ? "a source contradicts itself" : "sources disagree",
                Sources: [.. conflict.Values.GroupBy(v => v.Source).Select(g => g.First()).Select(v => Views.Citation(book, book.Source(v.Source),
                    book.QuoteOf(v.Report) is { } q ? links.To(SiteUrls.Source(v.Source.Value), SiteUrls.QuoteAnchor(book, q.Report)) : links.To(SiteUrls.Source(v.Source.Value))))],
                Events: [Views.Event(book, ev, links)]));
        }

        return [.. lines];
    }

    public static Page Build(AnalysedBook book, bool pretty)
    {
        var links = new Links(SiteUrls.Home, pretty);
        var info = book.Content.Book;
        var model = new HomeView(
            Title: info.Title,
            Subtitle: info.Subtitle,
            DescriptionHtml: MarkdownRenderer.ToHtml(info.DescriptionMarkdown),
            Briefing: BriefingViews.Build(book, links),
            Counts: new HomeCountsView(
                Sources: book.Content.Sources.Count,
                Actors: book.Content.Actors.Count,
                Events: book.Content.Events.Count,
                Notes: string.Join(", ",
                    Views.Count(book.Conflicts.Count + book.Notes.Count(n => n.Kind == Content.Model.NoteKind.Conflict), "conflict"),
                    Views.Count(book.Notes.Count(n => n.Kind == Content.Model.NoteKind.Flag), "flag"),
                    Views.Count(book.Duplicates.Count, "copied passage"))),
            KeyEvents: [.. book.Chronology.Where(e => e.Key).Select(e => Views.Event(book, e, links))],
            Latest: [.. book.Chronology.Reverse().Take(5).Select(e => Views.Event(book, e, links))],
            Years: [.. book.Years.Select(y => new YearCountView(y.Label, links.To(SiteUrls.Chronology, y.Anchor), y.Events.Count))],
            ActorGroups: [.. book.Actors.GroupBy(a => a.Kind).OrderBy(g => g.Key)
                .Select(g => new ActorKindView(Views.KindPlural(g.Key), [.. g.Select(a => Views.Actor(a, links))]))],
            Sources: [.. book.Content.Sources.OrderBy(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => Views.Source(book, s, links))],
            ChronologyHref: links.To(SiteUrls.Chronology),
            ActorsHref: links.To(SiteUrls.Actors),
            SourcesHref: links.To(SiteUrls.Sources),
            NotesHref: links.To(SiteUrls.Notes),
            DataHref: links.To(SiteUrls.Data))
        {
            Disputed = Disputed(book, links),
            TimelineSvg = Graphics.BookGraphics.Timeline(book, links),
            ActorMapSvg = Graphics.BookGraphics.HomeMap(book, links),
            ActorMapCaption = Graphics.BookGraphics.HomeMapCaption(book),
        };
        return new Page(SiteUrls.Home, "home", info.Title, model, info.Subtitle);
    }
}
