using System.Globalization;
using System.Text;

namespace BriefingBook.Editing;

/// <summary><c>suggest</c>'s default output: the proposals as an editor reads them in a terminal.</summary>
public static class SuggestionText
{
    public static string Write(ArticleSuggestion suggestion, string seedPath)
    {
        var o = new StringBuilder();
        var s = suggestion.Source;
        o.AppendLine(s.ExistingId is null
            ? $"source (new entry content/sources/{s.Id}.md) for {seedPath}"
            : $"source `{s.Id}` (already has an entry) for {seedPath}");
        o.AppendLine($"  headline:  {s.Headline}{(s.HeadlineGuessed ? "  (the page has none: the article's first words; rewrite it)" : "")}");
        o.AppendLine($"  outlet:    {s.Outlet ?? "(not named on the page)"}");
        o.AppendLine($"  via:       {s.Via ?? "(no wire named)"}");
        if (s.Author is not null) o.AppendLine($"  author:    {s.Author}");
        o.AppendLine($"  published: {(s.Published is null ? "(unknown)" : $"{s.Published.ToText()} ({s.Published.Precision.ToString().ToLowerInvariant()}{(s.Published.Approximate ? ", approximate" : "")})")}");
        o.AppendLine($"  dating:    {s.Dating}");

        var existing = suggestion.Events.Where(e => e.EventId is not null).ToList();
        o.AppendLine();
        o.AppendLine(string.Create(CultureInfo.InvariantCulture, $"existing events it reports ({existing.Count}, score ≥ {suggestion.Threshold:0.00}, best first):"));
        if (existing.Count == 0) o.AppendLine("  none");
        foreach (var e in existing) Event(o, e);

        var fresh = suggestion.Events.Where(e => e.EventId is null).ToList();
        o.AppendLine();
        o.AppendLine($"new events (dated sentences no event covers: {fresh.Count}):");
        if (fresh.Count == 0) o.AppendLine("  none");
        foreach (var e in fresh) Event(o, e);

        o.AppendLine();
        var known = suggestion.Actors.Where(a => a.Match == ActorMatch.Known).Select(a => a.ActorId).ToList();
        o.AppendLine($"actors it names: {(known.Count == 0 ? "none" : string.Join(", ", known))}");
        foreach (var a in suggestion.Actors.Where(a => a.Match == ActorMatch.NearMiss))
            o.AppendLine($"  near miss: “{a.Name}” (line {a.Sentence.Line}) is close to “{a.CloseTo}” of `{a.ActorId}`: if it is the same {a.Kind.ToString().ToLowerInvariant()}, add “{a.Name}” to its aliases");
        var fresh2 = suggestion.Actors.Where(a => a.Match == ActorMatch.New).ToList();
        o.AppendLine($"new names ({fresh2.Count}; kind guessed):");
        foreach (var a in fresh2)
            o.AppendLine($"  {a.Name} ({a.Kind.ToString().ToLowerInvariant()}?) → content/actors/{a.NewId}.md; line {a.Sentence.Line}: {a.Sentence.Text}");
        if (suggestion.OtherNames.Count > 0)
            o.AppendLine($"other names (not proposed as actors): {string.Join(", ", suggestion.OtherNames.Select(n => $"{n.Name} ({n.What}, line {n.Sentence.Line})"))}");
        return o.ToString();
    }

    private static void Event(StringBuilder o, EventProposal e)
    {
        o.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {(e.EventId ?? "new: " + e.NewId)}  score {e.Score:0.00}"));
        o.AppendLine($"    title:  {e.Title}");
        o.AppendLine($"    quote:  \"{e.Quote}\"  (line {e.Sentence.Line})");
        var values = new List<string>();
        if (e.Values.Date is { } d) values.Add($"date {d.Date!.ToText()} (“{d.Text}”{(d.Relative ? ": " + d.Reading : "")})");
        if (e.Values.Place is { } p) values.Add($"place {p}");
        if (e.Values.Count is { } c) values.Add($"count “{c}”");
        if (values.Count > 0) o.AppendLine($"    states: {string.Join("; ", values)}");
        if (e.Actors.Count > 0) o.AppendLine($"    actors: {string.Join(", ", e.Actors)}");
        foreach (var r in e.Reasons) o.AppendLine($"    - {r}");
    }
}
