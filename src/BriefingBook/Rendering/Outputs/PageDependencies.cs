using BriefingBook.Analysis;
using BriefingBook.Analysis.Duplicates;
using BriefingBook.Analysis.Notes;
using BriefingBook.Content.Model;
using BriefingBook.Engine;
using BriefingBook.Rendering.Pages;

namespace BriefingBook.Rendering.Outputs;

/// <summary>
/// What each kind of page shows, as a fingerprint: the entries it draws on (by identity) and the derived values it
/// prints (positions, counts, scores, anchors). A page whose fingerprint is unchanged would render to the same
/// bytes. The rule when in doubt: declare more. Too much costs a page render; too little shows a stale page, which
/// the incremental-equals-clean tests exist to catch.
/// </summary>
internal sealed class PageDependencies
{
    private readonly OutputContext _context;
    private readonly AnalysedBook _book;
    private readonly Lazy<Fingerprint> _whole;
    private readonly Lazy<Fingerprint> _labels;

    public PageDependencies(OutputContext context)
    {
        _context = context;
        _book = context.Book;
        _whole = new Lazy<Fingerprint>(() =>
        {
            var content = _book.Content;
            return _context.Depends().On(content.Sources).On(content.Actors).On(content.Events).On(content.Notes).Result();
        });
        // A source's short label can change when another source is added or edited (two alike get "(a)" and "(b)"),
        // so every page that cites sources declares all labels: they change rarely, and then many pages show them.
        // Digested once per build: hashing every label into every page cost 10,000 sources × 16,000 pages
        // (about 10 s of cpu on the 10k book, docs/benchmarks.md).
        _labels = new Lazy<Fingerprint>(() =>
        {
            var labels = _context.Depends();
            foreach (var source in _book.Content.Sources) labels.Add(source.Id).Add(_book.ShortLabel(source.Id));
            return labels.Result();
        });
    }

    /// <summary>Every source's citation label (see the constructor for why all of them).</summary>
    private DependencyHasher Cites(DependencyHasher hash) => hash.Add(_labels.Value);

    /// <summary>An event as a link shows it: the event and its marks, which rest on notes and reports of other entries.</summary>
    private DependencyHasher Linked(DependencyHasher hash, Event? ev)
    {
        hash.On(ev);
        if (ev is null) return hash;
        foreach (var dispute in _book.DisputesOf(ev))
        {
            hash.Add((int)dispute.Kind).Add(dispute.Field).Add(dispute.Note?.Value);
            foreach (var source in dispute.Sources) hash.Add(source.Value);
        }

        return hash;
    }

    /// <summary>Every entry of the book. Pages are functions of the entries, so this covers any page.</summary>
    public Fingerprint WholeBook() => _whole.Value;

    /// <summary>
    /// The printable book (<c>/book/</c>) shows every entry, and links to <c>book.pdf</c> when the build prints it.
    /// The PDF itself also depends on the files it is printed with: the theme's assets and the browser.
    /// </summary>
    public Fingerprint Book(bool withPdf, params IEnumerable<string> printedWith)
    {
        var content = _book.Content;
        var hash = _context.Depends().On(content.Sources).On(content.Actors).On(content.Events).On(content.Notes).Add(withPdf);
        foreach (var file in printedWith)
        {
            var signature = Content.Inputs.FileSignature.Of(file);
            hash.Add(file).Add(signature?.Length ?? -1).Add(signature?.LastWriteTicks ?? -1);
        }

        return hash.Result();
    }

    public Fingerprint Actor(Actor actor)
    {
        var hash = Cites(_context.Depends().On(actor));
        foreach (var role in actor.Roles)
        {
            hash.On(role.Of is { } of ? _book.ActorsById.GetValueOrDefault(of.Id) : null);
            hash.On(role.Source is { } s ? _book.SourcesById.GetValueOrDefault(s.Id) : null);
        }

        hash.On(_book.Resolve(actor.Affiliations)).On(_book.MembersOf(actor.Id));
        foreach (var ev in _book.EventsOf(actor.Id))
        {
            Linked(hash, ev);
            // The actor's quotes: each with its source's headline and its anchor.
            foreach (var quote in _book.QuotesOf(ev)) hash.On(_book.Source(quote.Source)).Add(SiteUrls.QuoteAnchor(ev, quote.Report.Index));
        }

        // Where the actor's name appears: found by scanning every source with every actor's names.
        foreach (var site in _book.Mentions.SitesOf(actor.Id))
            hash.On(_book.Source(site.Source)).Add(site.Paragraph.Number).Add(site.Sentence).Add(site.NameStart).Add(site.NameLength);
        foreach (var related in _book.Mentions.RelatedTo(actor.Id))
            hash.On(_book.ActorsById.GetValueOrDefault(related.ActorId)).Add(related.ActorId).Add(related.Sentences).Add(related.Events);
        // The actor map on the page: each actor's size (its events and sources) and every line among them.
        var map = Graphics.ActorGraph.Ego(_book, actor.Id);
        foreach (var node in map.Nodes) hash.On(node.Actor).Add(node.Actor.Id).Add(node.Events).Add(node.Sources);
        foreach (var edge in map.Edges) hash.Add(edge.From).Add(edge.To).Add(edge.Sentences).Add(edge.Events);
        return hash.Result();
    }

    public Fingerprint Event(Event ev)
    {
        var hash = Linked(Cites(_context.Depends()), ev).On(_book.Resolve(ev.Actors));
        for (var i = 0; i < ev.Reports.Count; i++)
        {
            var report = ev.Reports[i];
            hash.On(_book.SourcesById.GetValueOrDefault(report.Source.Id));
            hash.On(report.First is { } first ? _book.ActorsById.GetValueOrDefault(first.Id) : null);
            hash.Add(_book.QuoteOf(new ReportRef(new EventId(ev.Id), i)) is not null ? SiteUrls.QuoteAnchor(ev, i) : null);
        }

        var (previous, next) = _book.NeighboursOf(ev);
        Linked(Linked(hash, previous), next).Add(_book.YearOf(ev).Anchor);
        foreach (var related in ev.Related.Select(r => _book.EventsById.GetValueOrDefault(r.Id)).OfType<Event>()) Linked(hash, related);
        foreach (var note in _book.NotesAbout(ev.Id)) Note(hash, note);
        return hash.Result();
    }

    public Fingerprint Source(Source source)
    {
        var hash = Cites(_context.Depends().On(source));
        foreach (var quote in _book.QuotesIn(source.Id))
            Linked(hash, _book.Event(quote.Event)).Add(SiteUrls.QuoteAnchor(_book, quote.Report)).Add(quote.Paragraph.Number).Add(quote.Start).Add(quote.Length);
        foreach (var claim in _book.ClaimsIn(source.Id))
            Note(hash.Add(SiteUrls.ClaimAnchor(_book, claim.Claim)).Add(claim.Paragraph.Number).Add(claim.Start).Add(claim.Length), _book.Note(claim.Note));
        foreach (var ev in _book.EventsReportedBy(source.Id))
        {
            Linked(hash, ev).On(ev.Reports.Select(r => _book.SourcesById.GetValueOrDefault(r.Source.Id)).OfType<Source>());
            foreach (var note in _book.NotesAbout(ev.Id)) Note(hash, note);
        }

        foreach (var note in _book.NotesOn(source.Id)) SourceNote(hash, note);
        // Names linked in the text: where the matcher found them, and the actors they lead to.
        foreach (var paragraph in source.Body.Paragraphs)
        {
            foreach (var mention in _book.Mentions.In(source.Id, paragraph.Number))
                hash.Add(paragraph.Number).Add(mention.Start).Add(mention.Length).Add(mention.ActorId).On(_book.ActorsById.GetValueOrDefault(mention.ActorId));
        }

        foreach (var id in _book.ActorsNamedIn(source.Id).Order(StringComparer.Ordinal)) hash.On(_book.ActorsById.GetValueOrDefault(id));
        hash.Add(NotesPage.FamilyPageOf(_book, source.Id));
        return hash.Result();
    }

    public Fingerprint Family(IReadOnlyList<Source> members, DuplicatePassage[] passages)
    {
        var hash = Cites(_context.Depends().On(members));
        foreach (var passage in passages) Passage(hash, passage);
        return hash.Result();
    }

    private void Note(DependencyHasher hash, Note note)
    {
        hash.On(note);
        foreach (var ev in note.Events.Select(e => _book.EventsById.GetValueOrDefault(e.Id)).OfType<Event>()) Linked(hash, ev);
        // Its body links "line N" to the one source it quotes.
        foreach (var id in note.Claims.Select(c => c.Source.Id).Distinct(StringComparer.Ordinal)) hash.On(_book.SourcesById.GetValueOrDefault(id));
        foreach (var claim in _book.ClaimsOf(note)) hash.On(_book.Source(claim.Source)).Add(SiteUrls.ClaimAnchor(note, claim.Claim.Index)).Add(claim.Paragraph.Number);
    }

    private void SourceNote(DependencyHasher hash, SourceNote note)
    {
        Linked(hash.Add((int)note.Kind).Add(note.Summary).Add(note.Possible), note.Event is { } ev ? _book.Event(ev) : null);
        foreach (var id in note.Sources) hash.On(_book.SourcesById.GetValueOrDefault(id));
        if (note.Passage is { } passage) Passage(hash, passage);
        if (note.ReportConflict is { } conflict)
        {
            Linked(hash, _book.Event(conflict.Event)).Add(conflict.Field);
            foreach (var value in conflict.Values)
            {
                hash.Add(value.Value).On(_book.SourcesById.GetValueOrDefault(value.Source.Value)).On(_book.ActorsById.GetValueOrDefault(value.Value));
                hash.Add(_book.QuoteOf(value.Report) is { } quote ? SiteUrls.QuoteAnchor(_book, quote.Report) : null);
            }
        }

        if (note.EditorNote is { } editors) Note(hash, _book.Note(editors));
    }

    private void Passage(DependencyHasher hash, DuplicatePassage passage)
    {
        // The diff and the discrepancies follow from the two paragraphs' text, which the sources cover; which
        // passages exist, and how many copies a paragraph has, depend on the whole collection.
        hash.On(_book.Source(passage.First.Source)).Add(passage.First.Paragraph.Number)
            .On(_book.Source(passage.Second.Source)).Add(passage.Second.Paragraph.Number)
            .Add(passage.Similarity).Add((int)passage.Kind)
            .Add(passage.CopiesFrom(passage.First.Source.Value)).Add(passage.CopiesFrom(passage.Second.Source.Value));
    }
}
