using System.Globalization;
using BriefingBook.Analysis;
using BriefingBook.Content.Model;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering;

/// <summary>
/// How a page is filed in the Pagefind search index: which pages are indexed (actors, events, sources and the notes)
/// and the filters a reader can narrow results by: kind, actor, year, outlet. Only what the page itself shows, so
/// the page's fingerprint covers it.
/// </summary>
public static class SearchFilters
{
    public static string? KindOf(Page page) => page.Layout switch
    {
        "actor" => "Actor",
        "event" => "Event",
        "source" => "Source",
        // The notes page, not the pages of copied passages (their text is the sources', already indexed).
        "notes" when page.Url == SiteUrls.Notes => "Note",
        _ => null,
    };

    public static IReadOnlyList<SearchFilterView> Of(AnalysedBook book, Page page)
    {
        if (KindOf(page) is not { } kind) return [];
        var filters = new List<SearchFilterView> { new("kind", kind) };
        var id = page.Url.Split('/', StringSplitOptions.RemoveEmptyEntries) is [_, var last] ? last : null;
        switch (page.Layout)
        {
            case "actor" when id is not null && book.ActorsById.TryGetValue(id, out var actor):
                filters.Add(new("actor", actor.Name));
                break;
            case "event" when id is not null && book.EventsById.TryGetValue(id, out var ev):
                filters.AddRange(book.Resolve(ev.Actors).Select(a => new SearchFilterView("actor", a.Name)));
                filters.Add(new("year", Year(ev.Date.Start.Year)));
                break;
            case "source" when id is not null && book.SourcesById.TryGetValue(id, out var source):
                filters.AddRange(book.ActorsNamedIn(source.Id).Order(StringComparer.Ordinal)
                    .Select(a => book.ActorsById.GetValueOrDefault(a)).OfType<Actor>().Select(a => new SearchFilterView("actor", a.Name)));
                if (source.Published is { } published) filters.Add(new("year", Year(published.Start.Year)));
                if (source.Outlet is { } outlet) filters.Add(new("outlet", outlet));
                break;
        }

        return filters;
    }

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
