using BriefingBook.Analysis;
using BriefingBook.Analysis.Duplicates;
using BriefingBook.Analysis.Notes;
using BriefingBook.Content;
using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Pages;

internal static class SourcePages
{
    public static Page Index(AnalysedBook book, bool pretty)
    {
        var links = new Links(SiteUrls.Sources, pretty);
        var sources = book.Content.Sources
            .OrderBy(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => new SourceEntryView(
                Source: Views.Source(book, s, links),
                Seed: s.Seed.FileName,
                Events: Views.Count(book.EventsReportedBy(s.Id).Count, "event"),
                Paragraphs: Views.Count(s.Body.Paragraphs.Count, "paragraph"),
                Notes: NotesCount(book.NotesOn(s.Id)))).ToArray();
        return new Page(SiteUrls.Sources, "sources", "Sources", new SourcesView(sources, sources.Length), "The articles the book is built from.");
    }

    public static Page Build(AnalysedBook book, Source source, bool pretty)
    {
        var url = SiteUrls.Source(source.Id);
        var links = new Links(url, pretty);
        var quotes = book.QuotesIn(source.Id);
        var notes = book.NotesOn(source.Id);
        var model = new SourceView(
            Source: Views.Source(book, source, links),
            Author: source.Author,
            Dating: source.Dating,
            Url: source.Url is { } address && LinkPolicy.IsWebAddress(address) ? address : null,
            Seed: source.Seed.FileName,
            SummaryHtml: MarkdownRenderer.ToHtml(source.SummaryMarkdown, Views.LineHref(source, links)),
            BodyHtml: ArticleHtml.Render(book, source, links),
            BodyLines: source.Body.Paragraphs.Count == 0 ? null : $"{source.Body.FirstLine}–{source.Body.LastLine}",
            Paragraphs: source.Body.Paragraphs.Count,
            Credit: source.Body.Credit,
            Events: [.. book.EventsReportedBy(source.Id).Select(e => new SourceEventView(
                Ev: Views.Event(book, e, links),
                Quotes: [.. quotes.Where(q => q.Event.Value == e.Id).Select(q => new SourceQuoteView(e.Reports[q.Report.Index].Quote, "#" + SiteUrls.QuoteAnchor(e, q.Report.Index)))],
                ConfirmedBy: Views.Sources(book, e.Reports.Select(r => r.Source.Id).Where(id => id != source.Id).Distinct(StringComparer.Ordinal)
                    .Select(id => book.SourcesById.GetValueOrDefault(id)).OfType<Source>(), links)))],
            Notes: Notes(book, source, notes, links),
            Actors: Views.Actors(book.ActorsNamedIn(source.Id).Select(id => book.ActorsById[id]).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase), links))
        {
            RawLines = RawLines(source),
            Legend = Legend(book, source),
        };
        return new Page(url, "source", source.Headline, model, $"Source: {source.Headline}");
    }

    /// <summary>The raw scrape, line by line, numbered as editors cite it, with the lines of the article body marked.</summary>
    private static RawLineView[] RawLines(Source source) =>
    [
        .. Views.RawLines(source.Seed.Text).Select((text, i) => new RawLineView(
            Number: i + 1,
            Anchor: SiteUrls.LineAnchor(i + 1),
            Text: text,
            InBody: !Content.Articles.ArticleExtractor.IsHtml(source.Seed.FileName) && source.Body.Paragraphs.Count > 0
                && i + 1 >= source.Body.FirstLine && i + 1 <= source.Body.LastLine)),
    ];

    /// <summary>
    /// What each mark in the article text means, for the legend above it: only the marks this article has, so
    /// the legend is short and every entry can be found in the text below it.
    /// </summary>
    private static LegendEntryView[] Legend(AnalysedBook book, Source source)
    {
        var entries = new List<LegendEntryView>
        {
            new("pilcrow", "¶3", "The paragraph's number; editors' notes and other pages cite paragraphs by it, and it links to itself."),
        };
        if (book.QuotesIn(source.Id).Count > 0)
            entries.Add(new("quote", "highlighted text ↗", "A passage an event in the book quotes; ↗ leads to the event."));
        var claims = book.ClaimsIn(source.Id).Select(c => book.Note(c.Note).Kind).ToHashSet();
        if (claims.Contains(NoteKind.Conflict))
            entries.Add(new("conflict", "wavy underline ⚠", "A passage an editors' conflict note quotes: this or another source says otherwise; ⚠ leads to the note."));
        if (claims.Contains(NoteKind.Flag))
            entries.Add(new("flag", "wavy underline ⚑", "A passage an editors' flag quotes: garbled, placeholder or otherwise defective text; ⚑ leads to the flag."));
        if (book.ActorsNamedIn(source.Id).Count > 0)
            entries.Add(new("mention", "underlined name", "A name of an actor in the book, linked to the actor's page."));
        if (book.NotesOn(source.Id).Any(n => n.Kind == SourceNoteKind.Duplicate))
            entries.Add(new("copied", "Also in …", "The paragraph appears near-verbatim in another source, named by its short label with the paragraph number."));
        return [.. entries];
    }

    /// <summary>The source's reporting notes, grouped for the page: what disagrees, what is defective, what is copied, what is confirmed.</summary>
    private static SourceNotesView Notes(AnalysedBook book, Source source, IReadOnlyList<SourceNote> notes, Links links)
    {
        var shown = ShownCopies(book, notes, source.Id).ToArray();
        var copies = shown
            .GroupBy(n => n.Sources[0], StringComparer.Ordinal)
            .Select(g =>
            {
                var other = book.SourcesById[g.Key];
                var pairs = g.Select(n => n.Passage!.From(source.Id)).ToArray();
                return new SourceCopiesView(
                    Source: Views.Source(book, other, links),
                    Count: pairs.Select(p => p.Here.Paragraph.Number).Distinct().Count(),
                    Of: Prose(source).Count,
                    NotThere: Missing(source, pairs.Select(p => p.Here.Paragraph.Number), source.Id, links),
                    NotHere: Missing(other, pairs.Select(p => p.There.Paragraph.Number), other.Id, links),
                    // Word-for-word copies are listed compactly; edited ones get the diff.
                    Identical: [.. g.Where(n => n.Passage!.Identical).Select(n => NoteViews.Copy(n.Passage!, source.Id, book, links))],
                    Edited: [.. g.Where(n => !n.Passage!.Identical).Select(n => NoteViews.Copy(n.Passage!, source.Id, book, links))]);
            }).ToArray();
        return new SourceNotesView(
            // Template matches (wire formulas) are listed in book.json only: they are not duplicated reporting.
            Any: notes.Any(n => n.Kind != SourceNoteKind.Template),
            Conflicts: [.. notes.Where(n => n.ReportConflict is not null).Select(n => NoteViews.Conflict(n.ReportConflict!, book, links))],
            EditorConflicts: [.. notes.Where(n => n.Kind == SourceNoteKind.Conflict && n.EditorNote is not null).Select(n => NoteViews.EditorNote(book.Note(n.EditorNote!.Value), book, links))],
            // One entry per copied passage, however many of its edits look like conflicts.
            Possible: [.. shown.Select(n => n.Passage!).Where(p => p.Discrepancies.Count > 0).Select(p => NoteViews.Copy(p, source.Id, book, links))],
            Flags: [.. notes.Where(n => n.Kind == SourceNoteKind.Flag && n.EditorNote is not null).Select(n => NoteViews.EditorNote(book.Note(n.EditorNote!.Value), book, links))],
            Copies: copies,
            Widely: [.. shown
                .Select(n => (Paragraph: n.Passage!.From(source.Id).Here.Paragraph, Found: n.Passage.CopiesFrom(source.Id)))
                .GroupBy(x => x.Paragraph.Number)
                .Where(g => g.First().Found > g.Count())
                .Select(g => new WidelyCopiedView(g.Key, "#" + SiteUrls.ParagraphAnchor(g.First().Paragraph), g.First().Found))],
            Shown: DuplicateOptions.Default.MaxCopiesShown,
            Corroborations: [.. notes.Where(n => n.Kind == SourceNoteKind.Corroboration && n.Event is not null).Select(n => new CorroborationView(
                Views.Event(book, book.Event(n.Event!.Value), links),
                Views.Sources(book, n.Sources.Select(id => book.SourcesById[id]), links)))],
            NotesHref: links.To(SiteUrls.Notes),
            // In a corpus the notes page summarises; each family of copies has its own page.
            FamilyHref: NotesPage.FamilyPageOf(book, source.Id) is { } family ? links.To(family) : null);
    }

    /// <summary>
    /// The copies shown for each paragraph, at most <see cref="DuplicateOptions.MaxCopiesShown"/>: the earliest
    /// (the likely original), then the most similar. The detector caps what each paragraph keeps, but an
    /// original that hundreds of copies all keep would still list them all; the page names these and counts the rest.
    /// </summary>
    public static IEnumerable<SourceNote> ShownCopies(AnalysedBook book, IReadOnlyList<SourceNote> notes, string sourceId) =>
        notes.Where(n => n.Kind == SourceNoteKind.Duplicate && n.Passage is not null)
            .GroupBy(n => n.Passage!.From(sourceId).Here.Paragraph.Number)
            .SelectMany(g =>
            {
                var earliest = g.MinBy(n => book.Source(n.Passage!.From(sourceId).There.Source), EarliestFirst.Instance)!;
                return g.OrderByDescending(n => ReferenceEquals(n, earliest))
                    .ThenByDescending(n => n.Passage!.Similarity)
                    .ThenBy(n => book.Source(n.Passage!.From(sourceId).There.Source), EarliestFirst.Instance)
                    .Take(DuplicateOptions.Default.MaxCopiesShown);
            });

    /// <summary>"2 conflicts, 1 flag, 14 copied paragraphs": the notes of a source, counted by kind, for the index.</summary>
    private static string? NotesCount(IReadOnlyList<SourceNote> notes)
    {
        var parts = notes.Where(n => !n.Possible && n.Kind != SourceNoteKind.Template).GroupBy(n => n.Kind).OrderBy(g => g.Key).Select(g => g.Key switch
        {
            SourceNoteKind.Conflict => Views.Count(g.Count(), "conflict"),
            SourceNoteKind.Flag => Views.Count(g.Count(), "flag"),
            SourceNoteKind.Duplicate => Views.Count(g.Count(), "copied paragraph"),
            _ => Views.Count(g.Count(), "corroborated event"),
        }).ToArray();
        return parts.Length == 0 ? null : string.Join(", ", parts);
    }

    private static List<BodyParagraph> Prose(Source source) => [.. source.Body.Paragraphs.Where(p => p.Kind == ParagraphKind.Text)];

    /// <summary>Prose paragraphs of <paramref name="source"/> with no copy in the other source: what one copy dropped or added.</summary>
    private static ParagraphLinkView[] Missing(Source source, IEnumerable<int> copied, string sourceId, Links links)
    {
        var found = copied.ToHashSet();
        return [.. Prose(source).Where(p => !found.Contains(p.Number))
            .Select(p => new ParagraphLinkView(p.Number, links.To(SiteUrls.Source(sourceId), p.Anchor)))];
    }
}
