using BriefingBook.Analysis;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Pages;

internal static class HomePage
{
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
            KeyEvents: [.. book.Chronology.Where(e => e.Key).Select(e => Views.Event(e, links))],
            Latest: [.. book.Chronology.Reverse().Take(5).Select(e => Views.Event(e, links))],
            Years: [.. book.Years.Select(y => new YearCountView(y.Label, links.To(SiteUrls.Chronology, y.Anchor), y.Events.Count))],
            ActorGroups: [.. book.Actors.GroupBy(a => a.Kind).OrderBy(g => g.Key)
                .Select(g => new ActorKindView(Views.KindPlural(g.Key), [.. g.Select(a => Views.Actor(a, links))]))],
            Sources: [.. book.Content.Sources.OrderBy(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => Views.Source(s, links))],
            ChronologyHref: links.To(SiteUrls.Chronology),
            ActorsHref: links.To(SiteUrls.Actors),
            SourcesHref: links.To(SiteUrls.Sources),
            NotesHref: links.To(SiteUrls.Notes),
            DataHref: links.To(SiteUrls.Data),
            TimelineSvg: Graphics.BookGraphics.Timeline(book, links),
            ActorMapSvg: Graphics.BookGraphics.HomeMap(book, links),
            ActorMapCaption: Graphics.BookGraphics.HomeMapCaption(book));
        return new Page(SiteUrls.Home, "home", info.Title, model, info.Subtitle);
    }
}
