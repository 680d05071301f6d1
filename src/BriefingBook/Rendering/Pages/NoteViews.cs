using System.Globalization;
using BriefingBook.Analysis;
using BriefingBook.Analysis.Conflicts;
using BriefingBook.Analysis.Duplicates;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering.Pages;

/// <summary>
/// View objects for reporting notes, shared by source, event and notes pages so that a conflict, a flag or a
/// copied passage reads the same wherever it is shown.
/// </summary>
internal static class NoteViews
{
    public static object EditorNote(Note note, AnalysedBook book, Links links) => new
    {
        id = note.Id,
        anchor = SiteUrls.NoteAnchor(note.Id),
        href = links.To(SiteUrls.Notes, SiteUrls.NoteAnchor(note.Id)),
        kind = note.Kind == NoteKind.Flag ? "flag" : "conflict",
        title = note.Title,
        body_html = MarkdownRenderer.ToHtml(note.BodyMarkdown),
        claims = book.ClaimsOf(note).Select(c => Claim(c, links)).ToArray(),
        events = note.Events.Select(e => book.EventsById.GetValueOrDefault(e.Id)).OfType<Event>().Select(e => Views.Event(e, links)).ToArray(),
    };

    public static object Claim(ClaimMatch claim, Links links) => new
    {
        source = Views.Source(claim.Source, links),
        says = claim.Claim.Says,
        quote = claim.Claim.Quote,
        href = links.To(SiteUrls.Source(claim.Source.Id), claim.Anchor),
        paragraph = claim.Paragraph.Number,
    };

    public static object Conflict(ReportConflict conflict, AnalysedBook book, Links links) => new
    {
        ev = Views.Event(conflict.Event, links),
        field = conflict.Field,
        anchor = SiteUrls.ConflictAnchor(conflict.Event.Id, conflict.Field),
        href = links.To(SiteUrls.Notes, SiteUrls.ConflictAnchor(conflict.Event.Id, conflict.Field)),
        values = conflict.Values.Select(v =>
        {
            var quote = book.QuoteOf(v.Report);
            var source = book.SourcesById.GetValueOrDefault(v.Report.Source.Id);
            return new
            {
                source = source is null ? null : Views.Source(source, links),
                value = conflict.Field == "first" && book.ActorsById.TryGetValue(v.Value, out var actor) ? actor.Name : v.Value,
                quote = v.Report.Quote,
                quote_href = quote is null ? null : links.To(SiteUrls.Source(quote.Source.Id), quote.Anchor),
            };
        }).ToArray(),
    };

    /// <summary>A copied passage seen from <paramref name="sourceId"/> (its paragraph first), or from the pair's first source.</summary>
    public static object Copy(DuplicatePassage passage, string? sourceId, Links links)
    {
        var (here, there) = passage.From(sourceId ?? passage.First.Source.Id);
        var flipped = !ReferenceEquals(here, passage.First);
        return new
        {
            here = Passage(here, links),
            there = Passage(there, links),
            similarity = Math.Floor(passage.Similarity * 100).ToString(CultureInfo.InvariantCulture) + "%",
            identical = passage.Identical,
            // The diff reads from "here" to "there": seen from the second source, removed and added swap.
            diff = passage.Diff.Select(d => new { op = Op(d.Op, flipped), text = d.Text }).ToArray(),
            discrepancies = passage.Discrepancies.Select(d => new
            {
                kind = d.Kind.ToString().ToLowerInvariant(),
                here = flipped ? d.Second : d.First,
                there = flipped ? d.First : d.Second,
            }).ToArray(),
        };
    }

    private static object Passage(PassageRef passage, Links links) => new
    {
        source = Views.Source(passage.Source, links),
        label = Views.ShortTitle(passage.Source),
        paragraph = passage.Paragraph.Number,
        href = links.To(SiteUrls.Source(passage.Source.Id), passage.Paragraph.Anchor),
    };

    private static string Op(DiffOp op, bool flipped) => (op, flipped) switch
    {
        (DiffOp.Same, _) => "same",
        (DiffOp.Removed, false) or (DiffOp.Added, true) => "only-here",
        _ => "only-there",
    };
}
