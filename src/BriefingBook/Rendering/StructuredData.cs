using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BriefingBook.Analysis;
using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering;

/// <summary>
/// A page's schema.org description as JSON-LD, for the base layout's <c>&lt;script type="application/ld+json"&gt;</c>
/// data block: <c>WebSite</c> for home; <c>NewsArticle</c> for a source; <c>Event</c> for an event;
/// <c>Person</c>, <c>Country</c> or <c>Organization</c> for an actor (by its kind); <c>CollectionPage</c> for the
/// indexes, with the reporting notes' conflicts as <c>Comment</c>s (a conflict note records that sources disagree
/// and quotes them; it does not rate a claim true or false, which a <c>ClaimReview</c> requires). Dates carry the
/// precision the book knows (<c>2025</c>, <c>2025-04</c>, <c>2025-04-21</c>), as ISO 8601 allows.
/// Every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> in a value is written as a <c>\u</c> escape, so the text can
/// never close the script element, whatever a seed or front matter holds. Shows only the page's own entry and what
/// its page already shows, so the page's fingerprint covers it.
/// </summary>
public static class StructuredData
{
    // HTML-sensitive characters (<, >, &, ', ") are always escaped by the encoders the framework makes; letters of
    // every script are left as they are, so a Cyrillic name stays readable and short.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    private const string Context = "https://schema.org";

    /// <summary>The JSON-LD of one page. <paramref name="url"/> gives a page's address: absolute with a base URL, else relative to the page.</summary>
    public static string For(AnalysedBook book, Page page, Func<string, string> url)
    {
        var info = book.Content.Book;
        var site = new Dictionary<string, object?> { ["@type"] = "WebSite", ["name"] = info.Title, ["url"] = url(SiteUrls.Home) };
        var data = page.Layout switch
        {
            "home" => new Dictionary<string, object?>
            {
                ["@type"] = "WebSite",
                ["name"] = info.Title,
                ["description"] = info.Subtitle,
                ["url"] = url(SiteUrls.Home),
            },
            "actor" when IdIn(page.Url, "actors/") is { } id && book.ActorsById.TryGetValue(id, out var actor) => Actor(actor, page, url),
            "event" when IdIn(page.Url, "events/") is { } id && book.EventsById.TryGetValue(id, out var ev) => Event(book, ev, page, url),
            "source" when IdIn(page.Url, "sources/") is { } id && book.SourcesById.TryGetValue(id, out var source) => Source(source, page, url),
            "notes" when page.Url == SiteUrls.Notes => Collection(page, url, site, NoteComments(book, url)),
            "actors" or "chronology" or "sources" or "notes" => Collection(page, url, site, null),
            _ => new Dictionary<string, object?> { ["@type"] = "WebPage", ["name"] = page.Title, ["isPartOf"] = site },
        };
        data["inLanguage"] = info.Language;
        var json = new Dictionary<string, object?> { ["@context"] = Context };
        foreach (var (key, value) in data)
        {
            if (value is not null) json[key] = value;
        }

        return JsonSerializer.Serialize(json, Options);
    }

    /// <summary>A date as ISO 8601 with the precision the book knows: a day, a month, or a year (a decade or century gives its first or last year).</summary>
    public static string Iso(DatePoint point) => point.Precision switch
    {
        DatePrecision.Day or DatePrecision.Month or DatePrecision.Year => point.ToText(),
        _ => point.ToMachine(),
    };

    private static Dictionary<string, object?> Actor(Actor actor, Page page, Func<string, string> url) => new()
    {
        ["@type"] = actor.Kind switch
        {
            ActorKind.Person => "Person",
            ActorKind.State => "Country",
            _ => "Organization",
        },
        ["name"] = actor.Name,
        ["alternateName"] = actor.Aliases.Count > 0 ? actor.Aliases : null,
        ["url"] = url(page.Url),
        ["mainEntityOfPage"] = url(page.Url),
    };

    private static Dictionary<string, object?> Event(AnalysedBook book, Event ev, Page page, Func<string, string> url) => new()
    {
        ["@type"] = "Event",
        ["name"] = ev.Title,
        ["startDate"] = Iso(ev.Date.Start),
        // A span's end, or the last year of a decade or century; a single day, month or year ends when it starts.
        ["endDate"] = Iso(ev.Date.End),
        ["location"] = ev.Place is { } place ? new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = place } : null,
        ["about"] = ActorRefs(book.Resolve(ev.Actors), url),
        ["subjectOf"] = ev.Reports.Select(r => r.Source.Id).Distinct(StringComparer.Ordinal)
            .Select(id => book.SourcesById.GetValueOrDefault(id)).OfType<Source>()
            .Select(s => new Dictionary<string, object?> { ["@type"] = "NewsArticle", ["headline"] = s.Headline, ["url"] = url(SiteUrls.Source(s.Id)) })
            .ToList() is { Count: > 0 } reports ? reports : null,
        ["url"] = url(page.Url),
        ["mainEntityOfPage"] = url(page.Url),
    };

    private static Dictionary<string, object?> Source(Source source, Page page, Func<string, string> url) => new()
    {
        ["@type"] = "NewsArticle",
        ["headline"] = source.Headline,
        ["author"] = source.Author is { } author
            ? new Dictionary<string, object?> { ["@type"] = author == source.Outlet ? "Organization" : "Person", ["name"] = author }
            : null,
        ["publisher"] = source.Outlet is { } outlet ? new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = outlet } : null,
        ["datePublished"] = source.Published is { } published ? Iso(published.Start) : null,
        ["isBasedOn"] = source.Url,
        ["url"] = url(page.Url),
        ["mainEntityOfPage"] = url(page.Url),
    };

    private static Dictionary<string, object?> Collection(Page page, Func<string, string> url, Dictionary<string, object?> site, List<Dictionary<string, object?>>? parts) => new()
    {
        ["@type"] = "CollectionPage",
        ["name"] = page.Title,
        ["description"] = page.Description,
        ["url"] = url(page.Url),
        ["isPartOf"] = site,
        ["hasPart"] = parts is { Count: > 0 } ? parts : null,
    };

    /// <summary>Each editors' conflict note: what it says, the sources it quotes, where it is on the notes page.</summary>
    private static List<Dictionary<string, object?>> NoteComments(AnalysedBook book, Func<string, string> url) =>
        [.. book.Notes.Where(n => n.Kind == NoteKind.Conflict).Select(note => new Dictionary<string, object?>
        {
            ["@type"] = "Comment",
            ["name"] = note.Title,
            ["url"] = url(SiteUrls.Notes) + "#" + SiteUrls.NoteAnchor(note.Id),
            ["about"] = note.Claims.Select(c => c.Source.Id).Distinct(StringComparer.Ordinal)
                .Select(id => book.SourcesById.GetValueOrDefault(id)).OfType<Source>()
                .Select(s => new Dictionary<string, object?> { ["@type"] = "NewsArticle", ["headline"] = s.Headline, ["url"] = url(SiteUrls.Source(s.Id)) })
                .ToList(),
        })];

    private static List<Dictionary<string, object?>>? ActorRefs(IReadOnlyList<Actor> actors, Func<string, string> url) =>
        actors.Count == 0 ? null : [.. actors.Select(a => new Dictionary<string, object?>
        {
            ["@type"] = a.Kind switch { ActorKind.Person => "Person", ActorKind.State => "Country", _ => "Organization" },
            ["name"] = a.Name,
            ["url"] = url(SiteUrls.Actor(a.Id)),
        })];

    private static string? IdIn(string pageUrl, string prefix) =>
        pageUrl.StartsWith(prefix, StringComparison.Ordinal) && pageUrl.EndsWith('/') && pageUrl.Length > prefix.Length + 1
            ? pageUrl[prefix.Length..^1]
            : null;
}
