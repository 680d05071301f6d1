namespace BriefingBook.Rendering.Views;

/// <summary>The model of the <c>base</c> layout around every page: head, navigation, footer, and the page's own HTML as <c>content</c>.</summary>
public sealed record FrameView(
    string Lang,
    string Title,
    string? Description,
    string BookTitle,
    string HomeHref,
    string Stylesheet,
    string DataHref,
    string? Canonical,
    IReadOnlyList<NavLinkView> Nav,
    string Content)
{
    /// <summary>The theme's icon (<c>assets/favicon.svg</c>), relative to the page.</summary>
    public string Favicon { get; init; } = "";

    /// <summary>The page's own title, without the book's (Open Graph's and Twitter's title; the site name is <see cref="BookTitle"/>).</summary>
    public string PageTitle { get; init; } = "";

    /// <summary>Open Graph type: <c>article</c> for a source, <c>website</c> for the rest.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>A source's publication date as ISO 8601 at the precision the book knows, for <c>article:published_time</c>.</summary>
    public string? PublishedTime { get; init; }

    /// <summary>The page's schema.org JSON-LD (<see cref="StructuredData"/>), written as it is inside <c>&lt;script type="application/ld+json"&gt;</c>: every <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quote in it is a <c>\u</c> escape, so it cannot end the element.</summary>
    public string JsonLdHtml { get; init; } = "{}";

    /// <summary>The search box's loader, <c>assets/search.js</c>, linked from this page.</summary>
    public string SearchScript { get; init; } = "";

    /// <summary>The Atom feeds to announce in the head (none when the book has no <c>base_url</c>).</summary>
    public IReadOnlyList<FeedLinkView> Feeds { get; init; } = [];

    /// <summary>
    /// What the search index files this page as (<c>Actor</c>, <c>Event</c>, <c>Source</c>, <c>Note</c>), or null for
    /// a page that lists others (home, the indexes, the chronology), which search leaves out so results lead to the
    /// entry itself. The base layout marks the main element of an indexed page <c>data-pagefind-body</c>.
    /// </summary>
    public string? SearchKind { get; init; }

    /// <summary>The page's search filters: its kind, and the actors, years and outlets it is about.</summary>
    public IReadOnlyList<SearchFilterView> SearchFilters { get; init; } = [];
}
