using BriefingBook.Analysis;
using BriefingBook.Content.Model;
using BriefingBook.Engine;

namespace BriefingBook.Rendering.Outputs;

/// <summary>
/// Atom feeds: the book's events, newest first (<c>feeds/events.xml</c>), one per actor with events
/// (<c>feeds/actors/ID.xml</c>), and the sources by publication date (<c>feeds/sources.xml</c>). Each feed holds the
/// <see cref="MaxEntries"/> newest entries: a feed is polled, and the site holds the rest. Atom needs absolute
/// addresses, so with no <c>base_url</c> in <c>book.yml</c> nothing is written (the build says so in one line).
/// </summary>
public sealed class AtomFeedsOutput : IBookOutput
{
    /// <summary>Entries per feed. Readers poll feeds; at 5,000 events a full feed would be megabytes each time.</summary>
    public const int MaxEntries = 100;

    public string Name => "feeds";

    public IEnumerable<OutputItem> Plan(OutputContext context)
    {
        var book = context.Book;
        var info = book.Content.Book;
        if (string.IsNullOrEmpty(info.BaseUrl)) yield break;
        var depends = new PageDependencies(context);
        var home = AbsoluteUrls.Of(info, SiteUrls.Home)!;

        // Always written (every page links to it), even for a book with no events yet.
        yield return new OutputItem(FeedUrls.Events, depends.WholeBook, () => AtomFeed.Write(
            info.Language, AbsoluteUrls.Of(info, FeedUrls.Events)!, AbsoluteUrls.Of(info, SiteUrls.Chronology)!,
            $"{info.Title}: events", info.Title, home, [.. book.Chronology.Reverse().Take(MaxEntries).Select(e => EventEntry(book, e))],
            PageDates.WholeBook(book)));

        foreach (var actor in book.Content.Actors)
        {
            var events = book.EventsOf(actor.Id);
            if (events.Count == 0) continue;
            var url = FeedUrls.Actor(actor.Id);
            yield return new OutputItem(url, () => ActorFeedDependencies(context, book, actor), () => AtomFeed.Write(
                info.Language, AbsoluteUrls.Of(info, url)!, AbsoluteUrls.Of(info, SiteUrls.Actor(actor.Id))!,
                $"{info.Title}: events of {actor.Name}", info.Title, home, [.. events.Reverse().Take(MaxEntries).Select(e => EventEntry(book, e))], null));
        }

        // Sources with no publication date cannot be placed in a feed ordered by date; their pages list them.
        var dated = book.Content.Sources.Where(s => s.Published is not null)
            .OrderByDescending(s => s.Published!.Start).ThenByDescending(s => s.Published!.Precision).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        if (dated.Count > 0)
        {
            yield return new OutputItem(FeedUrls.Sources, depends.WholeBook, () => AtomFeed.Write(
                info.Language, AbsoluteUrls.Of(info, FeedUrls.Sources)!, AbsoluteUrls.Of(info, SiteUrls.Sources)!,
                $"{info.Title}: sources", info.Title, home, [.. dated.Take(MaxEntries).Select(s => SourceEntry(info, s))], null));
        }
    }

    /// <summary>An actor's feed shows the actor, its events, and the names of their actors (as categories).</summary>
    private static Fingerprint ActorFeedDependencies(OutputContext context, AnalysedBook book, Actor actor)
    {
        var hash = context.Depends().On(actor);
        foreach (var ev in book.EventsOf(actor.Id)) hash.On(ev).On(book.Resolve(ev.Actors));
        return hash.Result();
    }

    private static AtomFeed.Entry EventEntry(AnalysedBook book, Event ev)
    {
        var info = book.Content.Book;
        var place = ev.Place is null ? "" : ", " + ev.Place;
        var reports = ev.Reports.Count == 1 ? "1 report" : $"{ev.Reports.Count} reports";
        return new AtomFeed.Entry(
            AbsoluteUrls.Of(info, SiteUrls.Event(ev.Id))!,
            ev.Title,
            AtomFeed.FirstDay(ev.Date),
            $"{ev.Date.ToDisplay()}{place}. {reports}.",
            [.. book.Resolve(ev.Actors).Select(a => (a.Id, a.Name))]);
    }

    private static AtomFeed.Entry SourceEntry(BookInfo info, Source source)
    {
        var outlet = source.Outlet is null ? "" : source.Outlet + ", ";
        return new AtomFeed.Entry(
            AbsoluteUrls.Of(info, SiteUrls.Source(source.Id))!,
            source.Headline,
            AtomFeed.FirstDay(source.Published!),
            $"{outlet}{source.Published!.ToDisplay()}.",
            source.Outlet is { } name ? [(OutletTerm(name), name)] : [],
            Related: source.Url,
            Author: source.Author ?? source.Outlet);
    }

    /// <summary>An outlet's name as a category term: lower case, no spaces (Atom terms are tokens to feed readers).</summary>
    internal static string OutletTerm(string outlet) =>
        string.Join('-', outlet.ToLowerInvariant().Split((char[])[' ', '\t', '/', '&'], StringSplitOptions.RemoveEmptyEntries));
}
