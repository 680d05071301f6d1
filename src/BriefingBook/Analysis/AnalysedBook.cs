using BriefingBook.Content.Model;

namespace BriefingBook.Analysis;

/// <summary>
/// The model the renderer reads: the loaded content plus everything derived from it, indexed both ways
/// (actor → events and sources, source → events and quotes, event → quotes). Built once, never mutated.
/// </summary>
public sealed class AnalysedBook
{
    private static readonly IReadOnlyList<Event> NoEvents = [];
    private static readonly IReadOnlyList<Source> NoSources = [];
    private static readonly IReadOnlyList<QuoteMatch> NoQuotes = [];

    public AnalysedBook(BookContent content, IReadOnlyList<QuoteMatch> quotes, NameMentions mentions)
    {
        Content = content;
        Chronology = Analysis.Chronology.Order(content.Events);
        Years = Analysis.Chronology.GroupByYear(Chronology);
        Actors = [.. content.Actors.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal)];
        ActorsById = content.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        SourcesById = content.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        EventsById = content.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);

        QuotesBySource = quotes.GroupBy(q => q.Source.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<QuoteMatch>)[.. g.OrderBy(q => q.Paragraph.Number).ThenBy(q => q.Start)], StringComparer.Ordinal);
        // Reports are records: two identical reports in different events are still different reports.
        QuotesByReport = quotes.ToDictionary(q => q.Report, q => q, (IEqualityComparer<Report>)ReferenceEqualityComparer.Instance);

        // Chronology order is kept in every derived list, so pages need not sort again.
        EventsByActor = Chronology.SelectMany(e => e.Actors.Select(a => (a.Id, Event: e)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Event>)[.. g.Select(x => x.Event).Distinct()], StringComparer.Ordinal);
        EventsBySource = Chronology.SelectMany(e => e.Reports.Select(r => (r.Source.Id, Event: e)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Event>)[.. g.Select(x => x.Event).Distinct()], StringComparer.Ordinal);

        var mentioned = content.Sources.AsParallel().AsOrdered()
            .Select(s => (Source: s, Actors: mentions.ActorsIn(s.Body.PlainText)))
            .ToList();
        SourcesByActor = mentioned.SelectMany(m => m.Actors.Select(a => (Actor: a, m.Source)))
            .GroupBy(x => x.Actor, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Source>)[.. g.Select(x => x.Source).OrderBy(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal)], StringComparer.Ordinal);
        ActorsBySource = mentioned.ToDictionary(m => m.Source.Id, m => m.Actors, StringComparer.Ordinal);
    }

    public BookContent Content { get; }

    public IReadOnlyList<Event> Chronology { get; }

    public IReadOnlyList<ChronologyGroup> Years { get; }

    /// <summary>Actors sorted by name, as the index lists them.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    public IReadOnlyDictionary<string, Actor> ActorsById { get; }

    public IReadOnlyDictionary<string, Source> SourcesById { get; }

    public IReadOnlyDictionary<string, Event> EventsById { get; }


    public IReadOnlyDictionary<string, IReadOnlySet<string>> ActorsBySource { get; }

    private IReadOnlyDictionary<Report, QuoteMatch> QuotesByReport { get; }

    private IReadOnlyDictionary<string, IReadOnlyList<QuoteMatch>> QuotesBySource { get; }

    private IReadOnlyDictionary<string, IReadOnlyList<Event>> EventsByActor { get; }

    private IReadOnlyDictionary<string, IReadOnlyList<Event>> EventsBySource { get; }

    private IReadOnlyDictionary<string, IReadOnlyList<Source>> SourcesByActor { get; }

    public IReadOnlyList<QuoteMatch> QuotesIn(string sourceId) => QuotesBySource.GetValueOrDefault(sourceId) ?? NoQuotes;

    public IReadOnlyList<Event> EventsOf(string actorId) => EventsByActor.GetValueOrDefault(actorId) ?? NoEvents;

    public IReadOnlyList<Event> EventsReportedBy(string sourceId) => EventsBySource.GetValueOrDefault(sourceId) ?? NoEvents;

    /// <summary>Sources whose article text names the actor, oldest first.</summary>
    public IReadOnlyList<Source> SourcesMentioning(string actorId) => SourcesByActor.GetValueOrDefault(actorId) ?? NoSources;

    public QuoteMatch? QuoteOf(Report report) => QuotesByReport.GetValueOrDefault(report);
}
