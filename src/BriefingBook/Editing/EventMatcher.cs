using System.Globalization;
using BriefingBook.Analysis.Duplicates;
using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;

namespace BriefingBook.Editing;

/// <summary>
/// Scores how likely a sentence reports an existing event. Four signals, each explainable to an editor:
/// <list type="bullet">
/// <item>shared words (weight 0.5): the sentence's content words that also occur in the event's title, report
/// quotes and summary, weighted by rarity across the book's events (a word every event uses, such as
/// "Taliban", counts little; "credentials" counts a lot), as a share of the sentence's own words;</item>
/// <item>actors (0.25): the share of the event's actors the sentence names;</item>
/// <item>dates (0.15): a date in the sentence that overlaps the event's date counts for it; dates that all
/// fall elsewhere, or an event dated after the article, count against it;</item>
/// <item>shared phrases (0.1): four-word shingles (the duplicate detector's) shared with a report's quote,
/// the sign of a copied or lightly reworded passage.</item>
/// </list>
/// </summary>
public sealed class EventMatcher
{
    public const double Threshold = 0.4;

    /// <summary>A match this strong may share its sentence with another event's match.</summary>
    public const double Strong = 0.6;

    private const int ShingleSize = 4;
    private readonly IReadOnlyList<(Event Event, HashSet<string> Words, HashSet<ulong> Shingles)> _events;
    private readonly Dictionary<Event, (HashSet<string> Words, HashSet<ulong> Shingles)> _byEvent;
    private readonly Dictionary<string, double> _rarity = new(StringComparer.Ordinal);
    private readonly double _unknownRarity;

    public EventMatcher(IEnumerable<Event> events)
    {
        _events = [.. events.Select(e => (
            e,
            new HashSet<string>(CommonWords.Stems(string.Join(" ", e.Reports.Select(r => r.Quote).Prepend(e.Title).Append(e.SummaryMarkdown ?? ""))), StringComparer.Ordinal),
            new HashSet<ulong>(e.Reports.SelectMany(r => Shingler.Shingles(Shingler.WordHashes(r.Quote), ShingleSize)))))];
        // Events are records: two equal events are still different entries, so key by reference.
        _byEvent = _events.ToDictionary(e => e.Event, e => (e.Words, e.Shingles), (IEqualityComparer<Event>)ReferenceEqualityComparer.Instance);
        var count = _events.Count;
        // Rarity is inverse document frequency over the events: count each word's events, then take the log.
        foreach (var word in _events.SelectMany(e => e.Words)) _rarity[word] = _rarity.GetValueOrDefault(word) + 1;
        foreach (var word in _rarity.Keys.ToList()) _rarity[word] = Math.Log(1.0 + count / _rarity[word]);

        _unknownRarity = Math.Log(1.0 + count);
    }

    public IReadOnlyList<Event> Events => [.. _events.Select(e => e.Event)];

    public EventScore Score(Event ev, string sentence, IReadOnlySet<string> actorsNamed, IReadOnlyList<DateMention> dates, PartialDate? articleDate)
    {
        var entry = _byEvent[ev];
        var reasons = new List<string>();

        var words = CommonWords.Stems(sentence);
        var total = words.Sum(Rarity);
        var sharedWords = words.Where(entry.Words.Contains).ToList();
        var wordScore = total == 0 ? 0 : sharedWords.Sum(Rarity) / total;
        if (sharedWords.Count > 0)
        {
            var top = sharedWords.OrderByDescending(Rarity).ThenBy(w => w, StringComparer.Ordinal).Take(6);
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"shares {sharedWords.Count} of its {words.Count} words with the event's title, quotes and summary ({string.Join(", ", top)})"));
        }

        var eventActors = ev.Actors.Select(a => a.Id).Distinct(StringComparer.Ordinal).ToList();
        var together = eventActors.Where(actorsNamed.Contains).ToList();
        var actorScore = eventActors.Count == 0 ? 0 : (double)together.Count / eventActors.Count;
        if (together.Count > 0) reasons.Add($"names {string.Join(", ", together)}{(together.Count > 1 ? " together" : "")} ({together.Count} of the event's {eventActors.Count} actors)");

        var dateScore = 0.0;
        var resolved = dates.Where(d => d.Date is not null).ToList();
        if (resolved.FirstOrDefault(d => d.Date!.Overlaps(ev.Date)) is { } overlap)
        {
            dateScore = 1;
            reasons.Add($"its date “{overlap.Text}” ({overlap.Date!.ToDisplay()}) overlaps the event's {ev.Date.ToDisplay()}");
        }
        else if (resolved.Count > 0 && resolved.All(d => d.Date!.Precision >= DatePrecision.Year))
        {
            // Softer than a match is strong: one sentence often dates two happenings.
            dateScore = -0.5;
            reasons.Add($"against: its date{(resolved.Count > 1 ? "s" : "")} ({string.Join(", ", resolved.Select(d => d.Date!.ToDisplay()))}) do not overlap the event's {ev.Date.ToDisplay()}");
        }

        // Only a firm article date rules an event out: an inferred one is often only "not before".
        if (articleDate is { Approximate: false } && ev.Date.Start.Earliest > articleDate.End.Latest)
        {
            dateScore = -1;
            reasons.Add($"against: the event ({ev.Date.ToDisplay()}) is later than the article ({articleDate.ToDisplay()})");
        }

        var shingles = Shingler.Shingles(Shingler.WordHashes(sentence), ShingleSize);
        var sharedPhrases = shingles.Count(entry.Shingles.Contains);
        var phraseScore = sharedPhrases == 0 ? 0 : Math.Min(1.0, sharedPhrases / 3.0);
        if (sharedPhrases > 0) reasons.Add(string.Create(CultureInfo.InvariantCulture, $"shares {sharedPhrases} four-word phrase{(sharedPhrases > 1 ? "s" : "")} with its reports' quotes"));

        var score = Math.Clamp(0.5 * wordScore + 0.25 * actorScore + 0.15 * dateScore + 0.1 * phraseScore, 0, 1);
        return new EventScore(Math.Round(score, 2), reasons);
    }

    private double Rarity(string word) => _rarity.TryGetValue(word, out var r) ? r : _unknownRarity;
}
