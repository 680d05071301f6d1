using BriefingBook.Analysis;
using BriefingBook.Rendering.Pages;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering;

/// <summary>
/// What every page shares: the model of the base layout around it (head, navigation, footer). The pages
/// themselves are planned and rendered by <see cref="Outputs.HtmlPagesOutput"/>.
/// </summary>
public static class SiteRenderer
{
    /// <summary>The model of the base layout around one page: head, navigation, footer.</summary>
    internal static FrameView Frame(AnalysedBook book, Page page, string content, bool prettyUrls)
    {
        var info = book.Content.Book;
        var links = page.Url == SiteUrls.NotFound
            ? new Links(page.Url, prettyUrls, NotFoundPage.Root(info.BaseUrl))
            : new Links(page.Url, prettyUrls);
        var section = page.Url.Split('/')[0];
        var nav = new[]
        {
            (Label: "Home", Url: SiteUrls.Home, Section: ""),
            (Label: "Chronology", Url: SiteUrls.Chronology, Section: "chronology"),
            (Label: "Actors", Url: SiteUrls.Actors, Section: "actors"),
            (Label: "Sources", Url: SiteUrls.Sources, Section: "sources"),
            (Label: "Notes", Url: SiteUrls.Notes, Section: "notes"),
            (Label: "Print", Url: SiteUrls.Book, Section: "book"),
        };
        return new FrameView(
            Lang: info.Language,
            Title: page.Url == SiteUrls.Home ? info.Title : $"{page.Title} · {info.Title}",
            Description: page.Description ?? info.Subtitle,
            BookTitle: info.Title,
            HomeHref: links.To(SiteUrls.Home),
            Stylesheet: links.To(SiteUrls.Stylesheet),
            DataHref: links.To(SiteUrls.Data),
            Canonical: page.Url == SiteUrls.NotFound ? null : AbsoluteUrls.Of(info, page.Url),
            Nav: [.. nav.Select(n => new NavLinkView(n.Label, links.To(n.Url), n.Section == section || (n.Section == "chronology" && section == "events")))],
            Content: content) with
        {
            Favicon = links.To(SiteUrls.Favicon),
            PageTitle = page.Title,
            OgType = page.Layout == "source" ? "article" : "website",
            PublishedTime = page.Layout == "source" && book.SourcesById.GetValueOrDefault(page.Url[SiteUrls.Sources.Length..].TrimEnd('/'))?.Published is { } published
                ? StructuredData.Iso(published.Start) : null,
            JsonLdHtml = StructuredData.For(book, page, url => AbsoluteUrls.Of(info, url) ?? links.To(url)),
            Feeds = HeadFeeds(book, page, links),
            SearchScript = links.To("assets/search.js"),
            SearchKind = SearchFilters.KindOf(page),
            SearchFilters = SearchFilters.Of(book, page),
        };
    }

    /// <summary>The book's events feed on every page, and an actor's own feed on its page (feeds exist only with a <c>base_url</c>).</summary>
    private static List<FeedLinkView> HeadFeeds(AnalysedBook book, Page page, Links links)
    {
        if (string.IsNullOrEmpty(book.Content.Book.BaseUrl)) return [];
        var feeds = new List<FeedLinkView> { new($"{book.Content.Book.Title}: events", links.To(Outputs.FeedUrls.Events)) };
        if (page.Layout == "actor" && page.Url.StartsWith(SiteUrls.Actors, StringComparison.Ordinal))
        {
            var id = page.Url[SiteUrls.Actors.Length..].TrimEnd('/');
            if (book.ActorsById.TryGetValue(id, out var actor) && book.EventsOf(id).Count > 0)
                feeds.Add(new FeedLinkView($"Events of {actor.Name}", links.To(Outputs.FeedUrls.Actor(id))));
        }

        return feeds;
    }
}
