using System.Globalization;
using BriefingBook.Analysis;
using BriefingBook.Analysis.Conflicts;
using BriefingBook.Analysis.Duplicates;
using BriefingBook.Content.Model;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Pages;

/// <summary>
/// View objects for reporting notes, shared by source, event and notes pages so that a conflict, a flag or a
/// copied passage reads the same wherever it is shown.
/// </summary>
internal static class NoteViews
{
    public static EditorNoteView EditorNote(Note note, AnalysedBook book, Links links) => new(
        Id: note.Id,
        Anchor: SiteUrls.NoteAnchor(note.Id),
        Href: links.To(SiteUrls.Notes, SiteUrls.NoteAnchor(note.Id)),
        Kind: note.Kind == NoteKind.Flag ? "flag" : "conflict",
        Title: note.Title,
        // "line 21" means a line of the one source the note quotes; with several sources it cannot be resolved.
        BodyHtml: MarkdownRenderer.ToHtml(note.BodyMarkdown, note.Claims.Select(c => c.Source.Id).Distinct(StringComparer.Ordinal).ToArray() is [var only]
            && book.SourcesById.TryGetValue(only, out var quoted) ? Views.LineHref(quoted, links) : null),
        Claims: [.. book.ClaimsOf(note).Select(c => Claim(c, book, links))],
        Events: [.. note.Events.Select(e => book.EventsById.GetValueOrDefault(e.Id)).OfType<Event>().Select(e => Views.Event(book, e, links))]);

    public static ClaimView Claim(ClaimMatch claim, AnalysedBook book, Links links)
    {
        var said = book.Claim(claim.Claim);
        return new(
            Source: Views.Source(book, book.Source(claim.Source), links),
            Says: said.Says,
            Quote: said.Quote,
            Href: links.To(SiteUrls.Source(claim.Source.Value), SiteUrls.ClaimAnchor(book, claim.Claim)),
            Paragraph: claim.Paragraph.Number);
    }

    public static ConflictView Conflict(ReportConflict conflict, AnalysedBook book, Links links) => new(
        Ev: Views.Event(book, book.Event(conflict.Event), links),
        Field: conflict.Field,
        Anchor: SiteUrls.ConflictAnchor(conflict.Event.Value, conflict.Field),
        Href: links.To(SiteUrls.Notes, SiteUrls.ConflictAnchor(conflict.Event.Value, conflict.Field)),
        Values: [.. conflict.Values.Select(v =>
        {
            var quote = book.QuoteOf(v.Report);
            var source = book.SourcesById.GetValueOrDefault(v.Source.Value);
            return new ConflictValueView(
                Source: source is null ? null : Views.Source(book, source, links),
                Value: conflict.Field == "first" && book.ActorsById.TryGetValue(v.Value, out var actor) ? actor.Name : v.Value,
                Quote: book.Report(v.Report).Quote,
                QuoteHref: quote is null ? null : links.To(SiteUrls.Source(quote.Source.Value), SiteUrls.QuoteAnchor(book, quote.Report)));
        })]);

    /// <summary>A copied passage seen from <paramref name="sourceId"/> (its paragraph first), or from the pair's first source.</summary>
    public static CopyView Copy(DuplicatePassage passage, string? sourceId, AnalysedBook book, Links links)
    {
        var (here, there) = passage.From(sourceId ?? passage.First.Source.Value);
        var flipped = !ReferenceEquals(here, passage.First);
        return new CopyView(
            Here: Passage(here, book, links),
            There: Passage(there, book, links),
            Similarity: Math.Floor(passage.Similarity * 100).ToString(CultureInfo.InvariantCulture) + "%",
            Identical: passage.Identical,
            // The diff reads from "here" to "there": seen from the second source, removed and added swap.
            Diff: [.. passage.Diff.Select(d => new DiffSegmentView(Op(d.Op, flipped), d.Text))],
            Discrepancies: [.. passage.Discrepancies.Select(d => new DiscrepancyView(
                Kind: d.Kind.ToString().ToLowerInvariant(),
                Here: flipped ? d.Second : d.First,
                There: flipped ? d.First : d.Second))]);
    }

    private static PassageView Passage(PassageRef passage, AnalysedBook book, Links links)
    {
        var source = book.Source(passage.Source);
        return new(
            Source: Views.Source(book, source, links),
            Label: book.ShortLabel(source.Id),
            Paragraph: passage.Paragraph.Number,
            Href: links.To(SiteUrls.Source(source.Id), SiteUrls.ParagraphAnchor(passage.Paragraph)));
    }

    private static string Op(DiffOp op, bool flipped) => (op, flipped) switch
    {
        (DiffOp.Same, _) => "same",
        (DiffOp.Removed, false) or (DiffOp.Added, true) => "only-here",
        _ => "only-there",
    };
}
