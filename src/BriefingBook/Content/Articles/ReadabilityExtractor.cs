using SmartReader;

namespace BriefingBook.Content.Articles;

/// <summary>
/// Extracts an HTML page's article with SmartReader (a port of Mozilla's Readability), keeping paragraphs,
/// headings and list items as paragraphs. Furniture that Readability leaves inside the article (captions,
/// bylines, "Advertisement", a "Related" label) is dropped by the same line classes the rules use.
/// </summary>
internal static class ReadabilityExtractor
{
    // Seeds are offline: SmartReader is given the page's text, and any request it might still make (images,
    // metadata) goes to a handler that refuses it.
    internal static readonly OfflineHttpHandler Network = new();

    // A placeholder address: SmartReader needs one to resolve relative links, and never fetches it because
    // it is given the page's text.
    private const string PageAddress = "https://seed.invalid/";

    // Readability's time grows much faster than the page on deeply nested markup (a page of 2,000 nested
    // divs runs for minutes). Real articles nest a few dozen deep and hold a few thousand elements; pages
    // beyond these limits are read by the line rules instead.
    private const int MaxDepth = 120;
    private const int MaxElements = 30_000;

    static ReadabilityExtractor() => Reader.SetBaseHttpClientHandler(Network);

    public static bool Accepts(int depth, int elements) => depth <= MaxDepth && elements <= MaxElements;

    /// <summary>The article's blocks, or null when Readability finds no article.</summary>
    public static (List<HtmlBlock> Blocks, string? Title)? Extract(string html)
    {
        Article article;
        try
        {
            article = new Reader(PageAddress, html) { MaxElemsToParse = MaxElements }.GetArticle();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
        {
            // A third-party parser on whatever a scraper saved: any page it cannot handle is left to the line
            // rules, which read the same page's visible text, rather than stopping the build with a stack trace.
            return null;
        }

        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content)) return null;
        var blocks = HtmlText.FragmentBlocks(article.Content);
        var kinds = BoilerplateRemover.Classify([.. blocks.Select(b => b.Text)]);
        var kept = blocks.Where((b, i) => kinds[i] is not (LineKind.Boilerplate or LineKind.Stop or LineKind.Byline
            or LineKind.Caption or LineKind.Credit or LineKind.Repeat or LineKind.Legal)
            && !(kinds[i] == LineKind.Short && !b.IsHeading && BoilerplateRemover.IsLabelOrDate(b.Text))).ToList();
        // The headline (and a kicker above it) is the page's title, not the body: a body starts and ends on text.
        var firstText = kept.FindIndex(b => !b.IsHeading);
        var lastText = kept.FindLastIndex(b => !b.IsHeading);
        if (firstText < 0) return null;
        kept = kept[firstText..(lastText + 1)];
        var title = string.IsNullOrWhiteSpace(article.Title) ? null : BoilerplateRemover.CollapseSpaces(article.Title);
        return (kept, title);
    }
}
