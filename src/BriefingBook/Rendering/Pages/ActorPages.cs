using BriefingBook.Analysis;
using BriefingBook.Content.Model;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Pages;

internal static class ActorPages
{
    /// <summary>Backlink sentences shown per source; the rest are counted and a link leads to the article.</summary>
    private const int SentencesPerSource = 3;

    /// <summary>Actors named with this one shown before the rest folds into a <c>details</c> element.</summary>
    private const int FoldAfter = 8;

    /// <summary>
    /// The passages quoted for the actor's events, each once: the same sentence quoted for two events (a forum
    /// held in 2022 and 2024) is one entry naming both events.
    /// </summary>
    private static ActorSaidView[] Said(AnalysedBook book, IReadOnlyList<Event> events, Links links) =>
    [
        .. events.SelectMany(e => book.QuotesOf(e).Select(q => (Event: e, Quote: q)))
            .GroupBy(x => (x.Quote.Source, x.Event.Reports[x.Quote.Report.Index].Quote))
            .Select(g =>
            {
                var (ev, quote) = g.First();
                return new ActorSaidView(
                    Text: g.Key.Quote,
                    Citation: Views.Citation(book, book.Source(quote.Source), links.To(SiteUrls.Source(quote.Source.Value), SiteUrls.QuoteAnchor(ev, quote.Report.Index))),
                    Events: [.. g.Select(x => x.Event).Distinct().Select(e => Views.Event(book, e, links))]);
            }),
    ];

    public static Page Index(AnalysedBook book, bool pretty)
    {
        var links = new Links(SiteUrls.Actors, pretty);
        var groups = book.Actors.GroupBy(a => a.Kind).OrderBy(g => g.Key).Select(g => new ActorGroupView(
            Label: Views.KindPlural(g.Key),
            Anchor: g.Key.ToString().ToLowerInvariant(),
            Actors: [.. g.Select(a => new ActorEntryView(
                Name: a.Name,
                Href: links.To(SiteUrls.Actor(a.Id)),
                Aliases: a.Aliases,
                Role: a.Roles.Count > 0 ? a.Roles[0].Title : null,
                Events: book.EventsOf(a.Id).Count,
                Sources: book.SourcesMentioning(a.Id).Count))])).ToArray();
        return new Page(SiteUrls.Actors, "actors", "Actors", new ActorsView(groups, book.Actors.Count), "Every person, state and organisation in the book.");
    }

    public static Page Build(AnalysedBook book, Actor actor, bool pretty)
    {
        var url = SiteUrls.Actor(actor.Id);
        var links = new Links(url, pretty);
        var events = book.EventsOf(actor.Id);
        var related = book.Mentions.RelatedTo(actor.Id).Where(r => book.ActorsById.ContainsKey(r.ActorId)).Select(r => new RelatedActorView(
            Actor: Views.Actor(book.ActorsById[r.ActorId], links),
            Sentences: r.Sentences,
            Events: r.Events)).ToArray();
        var model = new ActorView(
            Name: actor.Name,
            Kind: Views.KindLabel(actor.Kind),
            Aliases: actor.Aliases,
            ProfileHtml: MarkdownRenderer.ToHtml(actor.ProfileMarkdown),
            Roles: [.. actor.Roles.Select(r => new RoleView(
                Title: r.Title,
                Of: r.Of is { } of && book.ActorsById.TryGetValue(of.Id, out var org) ? Views.Actor(org, links) : null,
                From: Views.Date(r.From),
                To: Views.Date(r.To),
                Source: r.Source is { } s && book.SourcesById.TryGetValue(s.Id, out var src) ? Views.Source(book, src, links) : null))],
            Affiliations: Views.Actors(book.Resolve(actor.Affiliations), links),
            Members: Views.Actors(book.MembersOf(actor.Id), links),
            Events: [.. events.Select(e => new ActorEventView(
                Title: e.Title,
                Date: Views.Date(e.Date),
                Href: links.To(SiteUrls.Event(e.Id)),
                Sources: e.Reports.Count)
            {
                Citations = Views.Citations(book, e, links),
                Marks = Views.Marks(book, e, links),
            })],
            Mentions: [.. book.Mentions.SitesOf(actor.Id).GroupBy(s => s.Source).Select(g => new MentionGroupView(
                Source: Views.Source(book, book.Source(g.Key), links),
                Count: g.Count(),
                Sentences: [.. g.Take(SentencesPerSource).Select(site => new MentionSentenceView(
                    Before: site.Sentence[..site.NameStart],
                    Name: site.Sentence.Substring(site.NameStart, site.NameLength),
                    After: site.Sentence[(site.NameStart + site.NameLength)..],
                    Href: links.To(SiteUrls.Source(site.Source.Value), book.Paragraph(site.Paragraph).Anchor),
                    Paragraph: site.Paragraph.Number))],
                More: Math.Max(0, g.Count() - SentencesPerSource),
                Href: links.To(SiteUrls.Source(g.Key.Value))))],
            Related: related)
        {
            Said = Said(book, events, links),
            NamedWith = [.. related.Take(FoldAfter)],
            NamedWithMore = [.. related.Skip(FoldAfter)],
            MentionCount = book.Mentions.SitesOf(actor.Id).Count,
            ActorMapSvg = Graphics.BookGraphics.EgoMap(book, actor, links),
        };
        return new Page(url, "actor", actor.Name, model, $"{actor.Name}: {Views.KindLabel(actor.Kind).ToLowerInvariant()} in the briefing book.");
    }
}
