using BriefingBook.Analysis;
using BriefingBook.Analysis.Conflicts;
using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Pages;

/// <summary>The small view objects several pages share, so an actor or a date looks the same everywhere.</summary>
internal static class Views
{
    public static DateView? Date(PartialDate? date) =>
        date is null ? null : new DateView(date.ToDisplay(), date.ToMachine(), date.Approximate)
        {
            Precision = date.IsRange ? "span" : date.Precision.ToString().ToLowerInvariant(),
            Compact = date.ToShortDisplay(),
        };

    public static ActorLink Actor(Actor actor, Links links) =>
        new(actor.Id, actor.Name, KindLabel(actor.Kind), links.To(SiteUrls.Actor(actor.Id)));

    public static ActorLink[] Actors(IEnumerable<Actor> actors, Links links) => [.. actors.Select(a => Actor(a, links))];

    public static SourceLink Source(AnalysedBook book, Source source, Links links) =>
        new(source.Id, source.Headline, source.Outlet, source.Via, Date(source.Published), links.To(SiteUrls.Source(source.Id)), source.HasEntry)
        {
            Label = book.ShortLabel(source.Id),
        };

    public static SourceLink[] Sources(AnalysedBook book, IEnumerable<Source> sources, Links links) => [.. sources.Select(s => Source(book, s, links))];

    public static EventLink Event(AnalysedBook book, Event ev, Links links) =>
        new(ev.Id, ev.Title, Date(ev.Date), links.To(SiteUrls.Event(ev.Id)), ev.Key, ev.RestsOnGarbled)
        {
            Marks = Marks(book, ev, links),
        };

    /// <summary>
    /// A source cited in running text by its short label, linked to the quoted passage when there is one (else to
    /// the source page); the full headline goes in the title attribute.
    /// </summary>
    public static CitationView Citation(AnalysedBook book, Source source, string href) =>
        new(book.ShortLabel(source.Id), source.Headline, href);

    /// <summary>The sources of an event's located reports, each cited once (at its first quote), in report order.</summary>
    public static CitationView[] Citations(AnalysedBook book, Event ev, Links links) =>
    [
        .. book.QuotesOf(ev).GroupBy(q => q.Source).Select(g => g.First())
            .Select(q => Citation(book, book.Source(q.Source), links.To(SiteUrls.Source(q.Source.Value), SiteUrls.QuoteAnchor(ev, q.Report.Index)))),
    ];

    /// <summary>
    /// The marks an event carries wherever it is listed, each saying what it means and leading to the reason:
    /// key, sources disagree, a source contradicts itself, contradicted by other sources, flagged, and
    /// resting on a garbled sentence. Worked out from the analysis (<see cref="AnalysedBook.DisputesOf"/>), so
    /// every page and <c>book.json</c> agree.
    /// </summary>
    public static MarkView[] Marks(AnalysedBook book, Event ev, Links links)
    {
        var marks = new List<MarkView>();
        var eventUrl = SiteUrls.Event(ev.Id);
        if (ev.Key) marks.Add(new MarkView("key", "key date", null, "Listed among the key dates of the briefing."));
        foreach (var group in book.DisputesOf(ev).GroupBy(d => d.Kind))
        {
            var first = group.First();
            var href = first.Note is { } note
                ? links.To(SiteUrls.Notes, SiteUrls.NoteAnchor(note.Value))
                : links.To(eventUrl, "disagreement");
            var count = group.Count();
            marks.Add(group.Key switch
            {
                DisputeKind.SourcesDisagree => new MarkView("disagree", "sources disagree", links.To(eventUrl, "disagreement"),
                    "Two or more sources that report this event give different accounts of it."),
                DisputeKind.ContradictsItself => new MarkView("self", "a source contradicts itself", href,
                    "One source gives two accounts that cannot both be true."),
                DisputeKind.ContradictedElsewhere => new MarkView("contradicted", "contradicted by other sources", href,
                    "Sources that do not report this event say something that contradicts it; an editors' note weighs them."),
                _ => new MarkView("flag", count == 1 ? "flagged" : $"flagged ×{count}", href,
                    "An editors' flag: a defect in a source's text bears on this event."),
            });
        }

        if (ev.RestsOnGarbled)
            marks.Add(new MarkView("garbled", "rests on a garbled sentence", links.To(eventUrl, "notes"), "The only evidence for this event is one garbled sentence."));
        return [.. marks];
    }

    /// <summary>
    /// Where "line N" of a source's seed is on the site: the paragraph of the cleaned text that starts on that line,
    /// else, for a text seed, the numbered line of the raw scrape on the source page (an HTML seed's raw lines are
    /// markup, not the lines editors count). Null for a line the seed does not have.
    /// </summary>
    public static Func<int, string?> LineHref(Source source, Links links)
    {
        var page = SiteUrls.Source(source.Id);
        var paragraphs = new Dictionary<int, string>();
        foreach (var p in source.Body.Paragraphs) paragraphs.TryAdd(p.Line, p.Anchor);
        var lines = Content.Articles.ArticleExtractor.IsHtml(source.Seed.FileName) ? 0 : RawLines(source.Seed.Text).Length;
        return n => paragraphs.TryGetValue(n, out var anchor) ? links.To(page, anchor)
            : n >= 1 && n <= lines ? links.To(page, SiteUrls.LineAnchor(n))
            : null;
    }

    /// <summary>The seed's lines as the raw scrape shows them (a final newline adds no line).</summary>
    public static string[] RawLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return lines.Length > 1 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }

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
