using BriefingBook.Analysis;

namespace BriefingBook.Rendering.Pages;

internal static class HomePage
{
    public static Page Build(AnalysedBook book, bool pretty)
    {
        var links = new Links(SiteUrls.Home, pretty);
        var info = book.Content.Book;
        var keyEvents = book.Chronology.Where(e => e.Key).Select(e => Views.Event(e, links)).ToArray();
        var model = new
        {
            title = info.Title,
            subtitle = info.Subtitle,
            description_html = MarkdownRenderer.ToHtml(info.DescriptionMarkdown),
            briefing = BriefingViews.Build(book, links),
            counts = new
            {
                sources = book.Content.Sources.Count,
                actors = book.Content.Actors.Count,
                events = book.Content.Events.Count,
                notes = string.Join(", ",
                    Views.Count(book.Conflicts.Count + book.Notes.Count(n => n.Kind == Content.Model.NoteKind.Conflict), "conflict"),
                    Views.Count(book.Notes.Count(n => n.Kind == Content.Model.NoteKind.Flag), "flag"),
                    Views.Count(book.Duplicates.Count, "copied passage")),
            },
            key_events = keyEvents,
            latest = book.Chronology.Reverse().Take(5).Select(e => Views.Event(e, links)).ToArray(),
            years = book.Years.Select(y => new { label = y.Label, href = links.To(SiteUrls.Chronology, y.Anchor), count = y.Events.Count }).ToArray(),
            actor_groups = book.Actors.GroupBy(a => a.Kind).OrderBy(g => g.Key)
                .Select(g => new { label = Views.KindPlural(g.Key), actors = g.Select(a => Views.Actor(a, links)).ToArray() }).ToArray(),
            sources = book.Content.Sources.OrderBy(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => Views.Source(s, links)).ToArray(),
            chronology_href = links.To(SiteUrls.Chronology),
            actors_href = links.To(SiteUrls.Actors),
            sources_href = links.To(SiteUrls.Sources),
            notes_href = links.To(SiteUrls.Notes),
            data_href = links.To(SiteUrls.Data),
        };
        return new Page(SiteUrls.Home, "home", info.Title, model, info.Subtitle);
    }
}
