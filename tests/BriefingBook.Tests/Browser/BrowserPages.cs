using BriefingBook.Analysis;
using BriefingBook.Rendering;

namespace BriefingBook.Tests.Browser;

/// <summary>One page of each kind the book has, by the name the tests and screenshots use.</summary>
internal static class BrowserPages
{
    public static readonly string[] Kinds = ["home", "actors", "actor", "chronology", "event", "sources", "source", "notes", "404", "book"];

    public static IReadOnlyDictionary<string, string> Of(AnalysedBook book) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = SiteUrls.FileOf(SiteUrls.Home),
        ["actors"] = SiteUrls.FileOf(SiteUrls.Actors),
        ["actor"] = SiteUrls.FileOf(SiteUrls.Actor("russia")),
        ["chronology"] = SiteUrls.FileOf(SiteUrls.Chronology),
        // The event and the source with the most on their pages: the longest pages of their kinds.
        ["event"] = SiteUrls.FileOf(SiteUrls.Event(book.Content.Events.OrderByDescending(e => e.Reports.Count).ThenBy(e => e.Id, StringComparer.Ordinal).First().Id)),
        ["sources"] = SiteUrls.FileOf(SiteUrls.Sources),
        ["source"] = SiteUrls.FileOf(SiteUrls.Source(book.Content.Sources.OrderByDescending(s => book.QuotesIn(s.Id).Count).ThenBy(s => s.Id, StringComparer.Ordinal).First().Id)),
        ["notes"] = SiteUrls.FileOf(SiteUrls.Notes),
        ["404"] = SiteUrls.NotFound,
        ["book"] = SiteUrls.FileOf(SiteUrls.Book),
    };

    public static TheoryData<string> All => [.. Kinds];
}
