using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering.Pages;

/// <summary>The small view objects several pages share, so an actor or a date looks the same everywhere.</summary>
internal static class Views
{
    public static object? Date(PartialDate? date) =>
        date is null ? null : new { text = date.ToDisplay(), machine = date.ToMachine(), approximate = date.Approximate };

    public static object Actor(Actor actor, Links links) =>
        new { id = actor.Id, name = actor.Name, kind = KindLabel(actor.Kind), href = links.To(SiteUrls.Actor(actor.Id)) };

    public static object[] Actors(IEnumerable<Actor> actors, Links links) => [.. actors.Select(a => Actor(a, links))];

    public static object Source(Source source, Links links) => new
    {
        id = source.Id,
        title = source.Headline,
        outlet = source.Outlet,
        via = source.Via,
        published = Date(source.Published),
        href = links.To(SiteUrls.Source(source.Id)),
        has_entry = source.HasEntry,
    };

    /// <summary>A short name for a source in crowded places (an outlet, else the headline's first words).</summary>
    public static string ShortTitle(Source source)
    {
        if (!string.IsNullOrWhiteSpace(source.Outlet)) return source.Outlet;
        var words = source.Headline.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 ? source.Headline : string.Join(' ', words[..6]) + " …";
    }

    public static object[] Sources(IEnumerable<Source> sources, Links links) => [.. sources.Select(s => Source(s, links))];

    public static object Event(Event ev, Links links) => new
    {
        id = ev.Id,
        title = ev.Title,
        date = Date(ev.Date),
        href = links.To(SiteUrls.Event(ev.Id)),
        key = ev.Key,
        garbled = ev.RestsOnGarbled,
    };

    public static string KindLabel(ActorKind kind) => kind switch
    {
        ActorKind.Person => "Person",
        ActorKind.State => "State",
        ActorKind.Organisation => "Organisation",
        _ => "Group",
    };

    public static string KindPlural(ActorKind kind) => kind switch
    {
        ActorKind.Person => "People",
        ActorKind.State => "States",
        ActorKind.Organisation => "Organisations",
        _ => "Groups",
    };

    /// <summary>"1 flag", "3 flags": counts read as prose rather than "flag(s)".</summary>
    public static string Count(int n, string noun, string? plural = null) => $"{n} {(n == 1 ? noun : plural ?? noun + "s")}";
}
