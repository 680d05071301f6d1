using BriefingBook.Analysis;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering.Pages;

internal static class ActorPages
{
    /// <summary>Backlink sentences shown per source; the rest are counted and a link leads to the article.</summary>
    private const int SentencesPerSource = 3;

    public static Page Index(AnalysedBook book, bool pretty)
    {
        var links = new Links(SiteUrls.Actors, pretty);
        var groups = book.Actors.GroupBy(a => a.Kind).OrderBy(g => g.Key).Select(g => new
        {
            label = Views.KindPlural(g.Key),
            anchor = g.Key.ToString().ToLowerInvariant(),
            actors = g.Select(a => new
            {
                name = a.Name,
                href = links.To(SiteUrls.Actor(a.Id)),
                aliases = a.Aliases,
                role = a.Roles.Count > 0 ? a.Roles[0].Title : null,
                events = book.EventsOf(a.Id).Count,
                sources = book.SourcesMentioning(a.Id).Count,
            }).ToArray(),
        }).ToArray();
        return new Page(SiteUrls.Actors, "actors", "Actors", new { groups, count = book.Actors.Count }, "Every person, state and organisation in the book.");
    }

    public static Page Build(AnalysedBook book, Actor actor, bool pretty)
    {
        var url = SiteUrls.Actor(actor.Id);
        var links = new Links(url, pretty);
        var events = book.EventsOf(actor.Id);
        var model = new
        {
            name = actor.Name,
            kind = Views.KindLabel(actor.Kind),
            aliases = actor.Aliases,
            profile_html = MarkdownRenderer.ToHtml(actor.ProfileMarkdown),
            roles = actor.Roles.Select(r => new
            {
                title = r.Title,
                of = r.Of is { } of && book.ActorsById.TryGetValue(of.Id, out var org) ? Views.Actor(org, links) : null,
                from = Views.Date(r.From),
                to = Views.Date(r.To),
                source = r.Source is { } s && book.SourcesById.TryGetValue(s.Id, out var src) ? Views.Source(src, links) : null,
            }).ToArray(),
            affiliations = Views.Actors(book.Resolve(actor.Affiliations), links),
            members = Views.Actors(book.MembersOf(actor.Id), links),
            events = events.Select(e => new
            {
                title = e.Title,
                date = Views.Date(e.Date),
                href = links.To(SiteUrls.Event(e.Id)),
                sources = e.Reports.Count,
            }).ToArray(),
            mentions = book.Mentions.SitesOf(actor.Id).GroupBy(s => s.Source).Select(g => new
            {
                source = Views.Source(g.Key, links),
                count = g.Count(),
                sentences = g.Take(SentencesPerSource).Select(site => new
                {
                    before = site.Sentence[..site.NameStart],
                    name = site.Sentence.Substring(site.NameStart, site.NameLength),
                    after = site.Sentence[(site.NameStart + site.NameLength)..],
                    href = links.To(SiteUrls.Source(site.Source.Id), site.Paragraph.Anchor),
                    paragraph = site.Paragraph.Number,
                }).ToArray(),
                more = Math.Max(0, g.Count() - SentencesPerSource),
                href = links.To(SiteUrls.Source(g.Key.Id)),
            }).ToArray(),
            related = book.Mentions.RelatedTo(actor.Id).Where(r => book.ActorsById.ContainsKey(r.ActorId)).Select(r => new
            {
                actor = Views.Actor(book.ActorsById[r.ActorId], links),
                sentences = r.Sentences,
                events = r.Events,
            }).ToArray(),
            quotes = events.SelectMany(book.QuotesOf).Select(q => new
            {
                text = q.Report.Quote,
                href = links.To(SiteUrls.Source(q.Source.Id), q.Anchor),
                source = q.Source.Headline,
                event_title = q.Event.Title,
                event_href = links.To(SiteUrls.Event(q.Event.Id)),
            }).ToArray(),
        };
        return new Page(url, "actor", actor.Name, model, $"{actor.Name}: {Views.KindLabel(actor.Kind).ToLowerInvariant()} in the briefing book.");
    }
}
