using System.Collections.Concurrent;
using BriefingBook.Analysis;
using BriefingBook.Rendering.Pages;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering;

/// <summary>
/// The render stage: turns the analysed book into HTML pages (rendered in parallel: templates are compiled
/// once and pages are independent) and the JSON export. Returns site-relative file paths and contents.
/// </summary>
public static class SiteRenderer
{
    public static IReadOnlyDictionary<string, string> Render(AnalysedBook book, Theme theme, bool prettyUrls, bool editorsPages = false, CancellationToken cancel = default)
    {
        var pages = new List<Page>
        {
            HomePage.Build(book, prettyUrls),
            ActorPages.Index(book, prettyUrls),
            ChronologyPage.Build(book, prettyUrls),
            SourcePages.Index(book, prettyUrls),
            NotesPage.Build(book, prettyUrls),
            NotFoundPage.Build(book.Content.Book.BaseUrl),
        };
        if (editorsPages) pages.Add(CoveragePage.Build(book, prettyUrls));
        pages.AddRange(book.Content.Actors.Select(a => ActorPages.Build(book, a, prettyUrls)));
        pages.AddRange(book.Content.Events.Select(e => EventPages.Build(book, e, prettyUrls)));
        pages.AddRange(book.Content.Sources.Select(s => SourcePages.Build(book, s, prettyUrls)));
        pages.AddRange(NotesPage.Families(book, prettyUrls));

        var files = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(pages, new ParallelOptions { CancellationToken = cancel }, page =>
            files[SiteUrls.FileOf(page.Url)] = theme.Render(page.Layout, page.Url, page.Model, content => Frame(book, page, content, prettyUrls)));
        files[SiteUrls.Data] = BookJson.Write(book);
        return files;
    }

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
        };
        return new FrameView(
            Lang: info.Language,
            Title: page.Url == SiteUrls.Home ? info.Title : $"{page.Title} · {info.Title}",
            Description: page.Description ?? info.Subtitle,
            BookTitle: info.Title,
            HomeHref: links.To(SiteUrls.Home),
            Stylesheet: links.To(SiteUrls.Stylesheet),
            DataHref: links.To(SiteUrls.Data),
            Canonical: string.IsNullOrEmpty(info.BaseUrl) || page.Url == SiteUrls.NotFound ? null : info.BaseUrl.TrimEnd('/') + "/" + page.Url,
            Nav: [.. nav.Select(n => new NavLinkView(n.Label, links.To(n.Url), n.Section == section || (n.Section == "chronology" && section == "events")))],
            Content: content);
    }
}
