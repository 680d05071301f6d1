using BriefingBook.Content.Model;

namespace BriefingBook.Analysis;

/// <summary>
/// The model the renderer reads: the loaded content plus everything derived from it, indexed both ways
/// (actor → events, sources and members; source → events, quotes and named actors; event → quotes and its
/// place in the chronology). Built once, never mutated; every lookup a page makes is a dictionary hit, so
/// rendering stays linear in the size of the book.
/// </summary>
public sealed class AnalysedBook
{
    private static readonly IReadOnlyList<Event> NoEvents = [];
    private static readonly IReadOnlyList<Source> NoSources = [];
    private static readonly IReadOnlyList<Actor> NoActors = [];
    private static readonly IReadOnlyList<QuoteMatch> NoQuotes = [];
    private static readonly IReadOnlySet<string> NoIds = new HashSet<string>();

    private readonly Dictionary<Report, QuoteMatch> _quoteByReport;
    private readonly Dictionary<string, IReadOnlyList<QuoteMatch>> _quotesBySource;
    private readonly Dictionary<string, IReadOnlyList<Event>> _eventsByActor;
    private readonly Dictionary<string, IReadOnlyList<Event>> _eventsBySource;
    private readonly Dictionary<string, IReadOnlyList<Source>> _sourcesByActor;
    private readonly Dictionary<string, IReadOnlySet<string>> _actorsBySource;
    private readonly Dictionary<string, IReadOnlyList<Actor>> _membersByActor;
    private readonly Dictionary<Event, int> _position;
    private readonly Dictionary<Event, ChronologyGroup> _yearOf;

    public AnalysedBook(BookContent content, IReadOnlyList<QuoteMatch> quotes, NameMentions mentions)
    {
        Content = content;
        Chronology = Analysis.Chronology.Order(content.Events);
        Years = Analysis.Chronology.GroupByYear(Chronology);
        Actors = [.. content.Actors.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal)];
        ActorsById = content.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        SourcesById = content.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        EventsById = content.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);

        // Entries are records: two equal reports (or events) are still different entries, so key by reference.
        _quoteByReport = quotes.ToDictionary(q => q.Report, q => q, (IEqualityComparer<Report>)ReferenceEqualityComparer.Instance);
        _quotesBySource = quotes.GroupBy(q => q.Source.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<QuoteMatch>)[.. g.OrderBy(q => q.Paragraph.Number).ThenBy(q => q.Start)], StringComparer.Ordinal);
        _position = new Dictionary<Event, int>((IEqualityComparer<Event>)ReferenceEqualityComparer.Instance);
        for (var i = 0; i < Chronology.Count; i++) _position[Chronology[i]] = i;
        _yearOf = Years.SelectMany(y => y.Events.Select(e => (Event: e, Year: y)))
            .ToDictionary(x => x.Event, x => x.Year, (IEqualityComparer<Event>)ReferenceEqualityComparer.Instance);

        // Chronology order is kept in every derived list, so pages need not sort again.
        _eventsByActor = Chronology.SelectMany(e => e.Actors.Select(a => (a.Id, Event: e)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Event>)[.. g.Select(x => x.Event).Distinct()], StringComparer.Ordinal);
        _eventsBySource = Chronology.SelectMany(e => e.Reports.Select(r => (r.Source.Id, Event: e)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Event>)[.. g.Select(x => x.Event).Distinct()], StringComparer.Ordinal);
        _membersByActor = Actors.SelectMany(a => a.Affiliations.Select(x => (Of: x.Id, Member: a)))
            .GroupBy(x => x.Of, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Actor>)[.. g.Select(x => x.Member)], StringComparer.Ordinal);

        var mentioned = content.Sources.AsParallel().AsOrdered()
            .Select(s => (Source: s, Actors: mentions.ActorsIn(s.Body.PlainText)))
            .ToList();
        _sourcesByActor = mentioned.SelectMany(m => m.Actors.Select(a => (Actor: a, m.Source)))
            .GroupBy(x => x.Actor, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Source>)[.. g.Select(x => x.Source).OrderBy(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal)], StringComparer.Ordinal);
        _actorsBySource = mentioned.ToDictionary(m => m.Source.Id, m => m.Actors, StringComparer.Ordinal);
    }

    public BookContent Content { get; }

    public IReadOnlyList<Event> Chronology { get; }

    public IReadOnlyList<ChronologyGroup> Years { get; }

    /// <summary>Actors sorted by name, as the index lists them.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    public IReadOnlyDictionary<string, Actor> ActorsById { get; }

    public IReadOnlyDictionary<string, Source> SourcesById { get; }

    public IReadOnlyDictionary<string, Event> EventsById { get; }

    public IReadOnlyList<QuoteMatch> QuotesIn(string sourceId) => _quotesBySource.GetValueOrDefault(sourceId) ?? NoQuotes;

    public QuoteMatch? QuoteOf(Report report) => _quoteByReport.GetValueOrDefault(report);

    /// <summary>The located quotes of an event's reports, in the order the event lists them.</summary>
    public IReadOnlyList<QuoteMatch> QuotesOf(Event ev) => [.. ev.Reports.Select(QuoteOf).OfType<QuoteMatch>()];

    /// <summary>The actors a list of ids names, skipping unknown ids (already reported by the validator).</summary>
    public IReadOnlyList<Actor> Resolve(IEnumerable<IdRef> ids) => [.. ids.Select(i => ActorsById.GetValueOrDefault(i.Id)).OfType<Actor>()];

    public IReadOnlyList<Event> EventsOf(string actorId) => _eventsByActor.GetValueOrDefault(actorId) ?? NoEvents;

    public IReadOnlyList<Event> EventsReportedBy(string sourceId) => _eventsBySource.GetValueOrDefault(sourceId) ?? NoEvents;

    /// <summary>Sources whose article text names the actor, oldest first.</summary>
    public IReadOnlyList<Source> SourcesMentioning(string actorId) => _sourcesByActor.GetValueOrDefault(actorId) ?? NoSources;

    /// <summary>Ids of the actors a source's article text names.</summary>
    public IReadOnlySet<string> ActorsNamedIn(string sourceId) => _actorsBySource.GetValueOrDefault(sourceId) ?? NoIds;

    /// <summary>Actors that list <paramref name="actorId"/> among their affiliations, by name.</summary>
    public IReadOnlyList<Actor> MembersOf(string actorId) => _membersByActor.GetValueOrDefault(actorId) ?? NoActors;

    /// <summary>The events just before and after <paramref name="ev"/> in the chronology.</summary>
    public (Event? Previous, Event? Next) NeighboursOf(Event ev)
    {
        var i = _position[ev];
        return (i > 0 ? Chronology[i - 1] : null, i < Chronology.Count - 1 ? Chronology[i + 1] : null);
    }

    /// <summary>The chronology heading (year, decade or century) the event is listed under.</summary>
    public ChronologyGroup YearOf(Event ev) => _yearOf[ev];
}
