namespace BriefingBook.Engine;

/// <summary>
/// One registered output (the HTML pages, <c>book.json</c>, the theme's assets): plans its files from the analysed
/// book, each with what it depends on. Adding an output (a feed, a sitemap, a search index) is one more of these.
/// </summary>
public interface IBookOutput
{
    /// <summary>A short name for progress lines, such as <c>pages</c>.</summary>
    string Name { get; }

    IEnumerable<OutputItem> Plan(OutputContext context);
}
