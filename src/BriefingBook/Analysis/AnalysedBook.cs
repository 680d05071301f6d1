using BriefingBook.Analysis.Conflicts;
using BriefingBook.Analysis.Duplicates;
using BriefingBook.Analysis.Mentions;
using BriefingBook.Analysis.Notes;
using BriefingBook.Content.Articles;
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
    private static readonly IReadOnlyList<ClaimMatch> NoClaims = [];
    private static readonly IReadOnlyList<SourceNote> NoNotes = [];
    private static readonly IReadOnlyList<ReportConflict> NoConflicts = [];

    private readonly Dictionary<ReportRef, QuoteMatch> _quoteByReport;
    private readonly Dictionary<string, Note> _notesById;
    private readonly Dictionary<string, IReadOnlyList<QuoteMatch>> _quotesBySource;
    private readonly Dictionary<string, IReadOnlyList<Event>> _eventsByActor;
    private readonly Dictionary<string, IReadOnlyList<Event>> _eventsBySource;
    private readonly Dictionary<string, IReadOnlyList<ClaimMatch>> _claimsBySource;
    private readonly Dictionary<NoteId, IReadOnlyList<ClaimMatch>> _claimsByNote;
    private readonly Dictionary<string, IReadOnlyList<SourceNote>> _notesBySource;
    private readonly Dictionary<EventId, IReadOnlyList<ReportConflict>> _conflictsByEvent;
    private readonly Dictionary<string, IReadOnlyList<Note>> _notesByEvent;
    private readonly Dictionary<string, IReadOnlyList<Actor>> _membersByActor;
    private readonly Dictionary<Event, int> _position;
    private readonly Dictionary<Event, ChronologyGroup> _yearOf;
    private readonly Dictionary<string, string> _labels;
    private readonly Dictionary<string, IReadOnlyList<EventDispute>> _disputes;

    public AnalysedBook(
        BookContent content,
        LocatedQuotes located,
        MentionIndex mentions,
        IReadOnlyList<DuplicatePassage> duplicates,
        IReadOnlyList<ReportConflict> conflicts,
        IReadOnlyList<DuplicatePassage>? templates = null)
    {
        var quotes = located.Reports;
        Mentions = mentions;
        Duplicates = duplicates;
        Templates = templates ?? [];
        Conflicts = conflicts;
        Notes = [.. content.Notes.OrderBy(n => n.Kind).ThenBy(n => n.Id, StringComparer.Ordinal)];
        Content = content;
        Chronology = Analysis.Chronology.Order(content.Events);
        Years = Analysis.Chronology.GroupByYear(Chronology);
        Actors = [.. content.Actors.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal)];
        ActorsById = content.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        SourcesById = content.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        EventsById = content.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);

        _notesById = new Dictionary<string, Note>(StringComparer.Ordinal);
        foreach (var note in content.Notes) _notesById.TryAdd(note.Id, note);
        _quoteByReport = quotes.ToDictionary(q => q.Report);
        _quotesBySource = quotes.GroupBy(q => q.Source.Value, StringComparer.Ordinal)
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

        _claimsBySource = located.Claims.GroupBy(c => c.Source.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ClaimMatch>)[.. g.OrderBy(c => c.Paragraph.Number).ThenBy(c => c.Start)], StringComparer.Ordinal);
        _claimsByNote = located.Claims.GroupBy(c => c.Note).ToDictionary(g => g.Key, g => (IReadOnlyList<ClaimMatch>)[.. g]);
        _conflictsByEvent = conflicts.GroupBy(c => c.Event).ToDictionary(g => g.Key, g => (IReadOnlyList<ReportConflict>)[.. g]);
        _notesByEvent = Notes.SelectMany(n => n.Events.Select(e => (Event: e.Id, Note: n)))
            .GroupBy(x => x.Event, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Note>)[.. g.Select(x => x.Note).Distinct()], StringComparer.Ordinal);
        _labels = SourceLabels.Of(content.Sources);
        _disputes = EventDisputes.Find(content, conflicts);
        _notesBySource = ReportingNotes.BySource(content, duplicates, conflicts, located.Claims, Templates, _labels);
    }

    /// <summary>The book with whatever the registered analyses found; a fact no analysis provides is empty.</summary>
    public static AnalysedBook From(BookContent content, Engine.BookFacts facts) => new(
        content,
        facts.Get(Registered.FactSlots.Quotes) ?? new LocatedQuotes([], []),
        facts.Get(Registered.FactSlots.Mentions) ?? new MentionIndex(content with { Sources = [] }, new NameMatcher([])),
        facts.Get(Registered.FactSlots.Copies) ?? [],
        facts.Get(Registered.FactSlots.Conflicts) ?? [],
        facts.Get(Registered.FactSlots.Templates));

    public BookContent Content { get; }

    public IReadOnlyList<Event> Chronology { get; }

    public IReadOnlyList<ChronologyGroup> Years { get; }

    /// <summary>Actors sorted by name, as the index lists them.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    public IReadOnlyDictionary<string, Actor> ActorsById { get; }

    public IReadOnlyDictionary<string, Source> SourcesById { get; }

    public IReadOnlyDictionary<string, Event> EventsById { get; }

    /// <summary>Names of actors found in the sources' text.</summary>
    public MentionIndex Mentions { get; }

    /// <summary>Every passage copied between two sources.</summary>
    public IReadOnlyList<DuplicatePassage> Duplicates { get; }

    /// <summary>
    /// Passages alike only because both use a wire formula: not duplicated reporting, so not shown on the
    /// pages; listed apart in <c>book.json</c>.
    /// </summary>
    public IReadOnlyList<DuplicatePassage> Templates { get; }

    /// <summary>Every event whose reports disagree on a field.</summary>
    public IReadOnlyList<ReportConflict> Conflicts { get; }

    /// <summary>The editors' reporting notes, conflicts first, then flags, by id.</summary>
    public IReadOnlyList<Note> Notes { get; }

    public IReadOnlyList<ClaimMatch> ClaimsIn(string sourceId) => _claimsBySource.GetValueOrDefault(sourceId) ?? NoClaims;

    public IReadOnlyList<ClaimMatch> ClaimsOf(Note note) => ClaimsOf(new NoteId(note.Id));

    public IReadOnlyList<ClaimMatch> ClaimsOf(NoteId note) => _claimsByNote.GetValueOrDefault(note) ?? NoClaims;

    // Derived facts name entries by id; these resolve them. An id a fact holds always names an entry of this book.
    public Source Source(SourceId id) => SourcesById[id.Value];

    public Event Event(EventId id) => EventsById[id.Value];

    public Actor Actor(ActorId id) => ActorsById[id.Value];

    public Note Note(NoteId id) => _notesById[id.Value];

    /// <summary>A paragraph of a source's cleaned body (numbered from 1).</summary>
    public BodyParagraph Paragraph(ParagraphRef paragraph) => Source(paragraph.Source).Body.Paragraphs[paragraph.Number - 1];

    public Report Report(ReportRef report) => Event(report.Event).Reports[report.Index];

    public Claim Claim(ClaimRef claim) => Note(claim.Note).Claims[claim.Index];

    /// <summary>The reporting notes of one source: conflicts, flags, duplicated passages, corroborated events.</summary>
    public IReadOnlyList<SourceNote> NotesOn(string sourceId) => _notesBySource.GetValueOrDefault(sourceId) ?? NoNotes;

    /// <summary>The editors' notes that name an event.</summary>
    public IReadOnlyList<Note> NotesAbout(string eventId) => _notesByEvent.GetValueOrDefault(eventId) ?? [];

    public IReadOnlyList<ReportConflict> ConflictsOf(Event ev) => _conflictsByEvent.GetValueOrDefault(new EventId(ev.Id)) ?? NoConflicts;

    /// <summary>
    /// Whether sources disagree about an event: two or more sources reporting it give different values, or an
    /// editors' conflict note about it quotes two or more of them. A source contradicting itself, a flag, or a
    /// note whose other sources do not report the event is not this (see <see cref="DisputesOf"/>).
    /// </summary>
    public bool IsContested(Event ev) => DisputesOf(ev).Any(d => d.Kind == DisputeKind.SourcesDisagree);

    /// <summary>Every reason the event is in question, classified (<see cref="EventDisputes"/>), by kind.</summary>
    public IReadOnlyList<EventDispute> DisputesOf(Event ev) => _disputes.GetValueOrDefault(ev.Id) ?? [];

    /// <summary>
    /// The short label a source is cited by in running text ("Tribune/ANI, c. 2 Dec 2025"), unique in the book
    /// (<see cref="SourceLabels"/>).
    /// </summary>
    public string ShortLabel(string sourceId) => _labels.GetValueOrDefault(sourceId) ?? sourceId;

    public IReadOnlyList<QuoteMatch> QuotesIn(string sourceId) => _quotesBySource.GetValueOrDefault(sourceId) ?? NoQuotes;

    public QuoteMatch? QuoteOf(ReportRef report) => _quoteByReport.GetValueOrDefault(report);

    /// <summary>The located quotes of an event's reports, in the order the event lists them.</summary>
    public IReadOnlyList<QuoteMatch> QuotesOf(Event ev) =>
        [.. Enumerable.Range(0, ev.Reports.Count).Select(i => QuoteOf(new ReportRef(new EventId(ev.Id), i))).OfType<QuoteMatch>()];

    /// <summary>The actors a list of ids names, skipping unknown ids (already reported by the validator).</summary>
    public IReadOnlyList<Actor> Resolve(IEnumerable<IdRef> ids) => [.. ids.Select(i => ActorsById.GetValueOrDefault(i.Id)).OfType<Actor>()];

    public IReadOnlyList<Event> EventsOf(string actorId) => _eventsByActor.GetValueOrDefault(actorId) ?? NoEvents;

    public IReadOnlyList<Event> EventsReportedBy(string sourceId) => _eventsBySource.GetValueOrDefault(sourceId) ?? NoEvents;

    /// <summary>Sources whose article text names the actor, oldest first.</summary>
    public IReadOnlyList<Source> SourcesMentioning(string actorId) => Mentions.SourcesByActor.GetValueOrDefault(actorId) ?? NoSources;

    /// <summary>Ids of the actors a source's article text names.</summary>
    public IReadOnlySet<string> ActorsNamedIn(string sourceId) => Mentions.ActorsBySource.GetValueOrDefault(sourceId) ?? NoIds;

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
