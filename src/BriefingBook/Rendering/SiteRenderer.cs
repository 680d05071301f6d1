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
            Canonical: string.IsNullOrEmpty(info.BaseUrl) || page.Url == SiteUrls.NotFound ? null : info.BaseUrl.TrimEnd('/') + "/" + page.Url,
            Nav: [.. nav.Select(n => new NavLinkView(n.Label, links.To(n.Url), n.Section == section || (n.Section == "chronology" && section == "events")))],
            Content: content)
        {
            Favicon = links.To(SiteUrls.Favicon),
        };
    }
}
