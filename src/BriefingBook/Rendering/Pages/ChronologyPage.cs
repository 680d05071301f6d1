using BriefingBook.Analysis;
using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Pages;

/// <summary>
/// The chronology: one line per event (date, title, actors, short citations, marks), grouped by year, with an
/// anchor per event. A span is filed where it starts and again where it ends, when that is under another
/// heading. The same layout serves the narrowed pages, one per kind of actor (<c>chronology/states/</c>, …), so
/// narrowing works without script.
/// </summary>
internal static class ChronologyPage
{
    public static Page Build(AnalysedBook book, bool pretty) => Build(book, null, pretty);

    /// <summary>The chronology of the events an actor of <paramref name="kind"/> takes part in, or of every event.</summary>
    public static Page Build(AnalysedBook book, ActorKind? kind, bool pretty)
    {
        var url = kind is { } k ? KindUrl(k) : SiteUrls.Chronology;
        var links = new Links(url, pretty);
        var events = kind is null
            ? book.Chronology
            : [.. book.Chronology.Where(e => book.Resolve(e.Actors).Any(a => a.Kind == kind))];
        var years = Groups(events).Select(g => new ChronologyYearView(
            Label: g.Label,
            Anchor: g.Anchor,
            Events: [.. g.Lines.Select(line => Line(book, line.Event, line.Ending, links))])).ToArray();
        var nav = years.Select(y => new YearLinkView(y.Label, "#" + y.Anchor)).ToArray();
        var title = kind is { } kk ? $"Chronology: {Views.KindPlural(kk).ToLowerInvariant()}" : "Chronology";
        var model = new ChronologyView(years, nav, events.Count)
        {
            Title = title,
            Scope = kind is { } ks ? $"Events in which {Views.KindPlural(ks).ToLowerInvariant()} take part." : null,
            AllHref = kind is null ? null : links.To(SiteUrls.Chronology),
            Kinds = [.. Kinds(book).Select(x => new YearLinkView(Views.KindPlural(x), links.To(KindUrl(x))) { Current = x == kind })],
            Actors = [.. book.Actors.Where(a => book.EventsOf(a.Id).Count > 0)
                .Select(a => new YearLinkView(a.Name, links.To(SiteUrls.Actor(a.Id), "events")))],
            TimelineSvg = kind is null ? Graphics.BookGraphics.Timeline(book, links) : null,
        };
        return new Page(url, "chronology", title, model, kind is null ? "Every event in the book, by date." : model.Scope);
    }

    /// <summary>The kinds of actor that take part in at least one event: one narrowed page each.</summary>
    public static IEnumerable<ActorKind> Kinds(AnalysedBook book) =>
        book.Content.Events.SelectMany(e => book.Resolve(e.Actors)).Select(a => a.Kind).Distinct().Order();

    public static string KindUrl(ActorKind kind) => $"{SiteUrls.Chronology}{Views.KindPlural(kind).ToLowerInvariant()}/";

    /// <summary>The fragment id of an event's line in the chronology (<c>e-russia-recognises-taliban</c>).</summary>
    public static string Anchor(Event ev) => "e-" + ev.Id;

    private static ChronologyEventView Line(AnalysedBook book, Event ev, bool ending, Links links) => new(
        Title: ev.Title,
        Date: Views.Date(ev.Date),
        Href: links.To(SiteUrls.Event(ev.Id)),
        Actors: Views.Actors(book.Resolve(ev.Actors), links))
    {
        // The line where a span ends points back at its own line, which holds the anchor.
        Anchor = ending ? Anchor(ev) + "-end" : Anchor(ev),
        StartHref = ending ? "#" + Anchor(ev) : null,
        Ending = ending,
        Citations = Views.Citations(book, ev, links),
        Marks = Views.Marks(book, ev, links),
    };

    private sealed record Group(string Label, string Anchor, List<(Event Event, bool Ending)> Lines);

    /// <summary>
    /// The events under their headings, in date order, each span a second time where it ends when its end falls
    /// under another heading than its start (a span of 2021–2025 is listed in 2021 and again in 2025).
    /// </summary>
    private static List<Group> Groups(IReadOnlyList<Event> ordered)
    {
        var lines = ordered.Select((e, i) => (Point: e.Date.Start, Order: i, Event: e, Ending: false)).ToList();
        foreach (var (e, i) in ordered.Select((e, i) => (e, i)))
        {
            if (e.Date.IsRange && Chronology.HeadingOf(e.Date.End) != Chronology.HeadingOf(e.Date.Start))
                lines.Add((e.Date.End, i, e, true));
        }

        var groups = new List<Group>();
        foreach (var line in lines.OrderBy(l => l.Point).ThenBy(l => l.Ending).ThenBy(l => l.Order))
        {
            var (label, anchor) = Chronology.HeadingOf(line.Point);
            if (groups.Count == 0 || groups[^1].Anchor != anchor) groups.Add(new Group(label, anchor, []));
            groups[^1].Lines.Add((line.Event, line.Ending));
        }

        // A heading met twice (a decade before and after its years) keeps its first anchor unique.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            if (!seen.Add(groups[i].Anchor)) groups[i] = groups[i] with { Anchor = groups[i].Anchor + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        return groups;
    }
}
