using BriefingBook.Content.Model;

namespace BriefingBook.Rendering;

/// <summary>
/// A page's full address under the book's <c>base_url</c>, in the folder form (<c>https://example.org/actors/x/</c>)
/// whatever <c>--pretty-urls</c> says: the form the canonical link, the sitemap, the feeds and the structured data all
/// give, so a search engine sees one address per page. Null when the book has no <c>base_url</c>.
/// </summary>
public static class AbsoluteUrls
{
    public static string? Of(BookInfo book, string page) =>
        string.IsNullOrEmpty(book.BaseUrl) ? null : book.BaseUrl.TrimEnd('/') + "/" + page;
}
