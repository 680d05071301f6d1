using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Pages;

/// <summary>The small view objects several pages share, so an actor or a date looks the same everywhere.</summary>
internal static class Views
{
    public static DateView? Date(PartialDate? date) =>
        date is null ? null : new DateView(date.ToDisplay(), date.ToMachine(), date.Approximate);

    public static ActorLink Actor(Actor actor, Links links) =>
        new(actor.Id, actor.Name, KindLabel(actor.Kind), links.To(SiteUrls.Actor(actor.Id)));

    public static ActorLink[] Actors(IEnumerable<Actor> actors, Links links) => [.. actors.Select(a => Actor(a, links))];

    public static SourceLink Source(Source source, Links links) =>
        new(source.Id, source.Headline, source.Outlet, source.Via, Date(source.Published), links.To(SiteUrls.Source(source.Id)), source.HasEntry);

    /// <summary>A short name for a source in crowded places (an outlet, else the headline's first words).</summary>
    public static string ShortTitle(Source source)
    {
        if (!string.IsNullOrWhiteSpace(source.Outlet)) return source.Outlet;
        var words = source.Headline.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 ? source.Headline : string.Join(' ', words[..6]) + " …";
    }

    public static SourceLink[] Sources(IEnumerable<Source> sources, Links links) => [.. sources.Select(s => Source(s, links))];

    public static EventLink Event(Event ev, Links links) =>
        new(ev.Id, ev.Title, Date(ev.Date), links.To(SiteUrls.Event(ev.Id)), ev.Key, ev.RestsOnGarbled);

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
