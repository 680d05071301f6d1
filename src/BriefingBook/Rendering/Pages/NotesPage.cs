using BriefingBook.Analysis;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering.Pages;

/// <summary>
/// Every reporting note in the book on one page, grouped by kind: conflicts (between report values, recorded
/// by the editors, or suggested by edits between copies), flags on single sources, duplicated passages by
/// pair of sources, and events several sources confirm. What an analyst checks before trusting the book.
/// </summary>
internal static class NotesPage
{
    public static Page Build(AnalysedBook book, bool pretty)
    {
        var links = new Links(SiteUrls.Notes, pretty);
        var editorConflicts = book.Notes.Where(n => n.Kind == NoteKind.Conflict).Select(n => NoteViews.EditorNote(n, book, links)).ToArray();
        var flags = book.Notes.Where(n => n.Kind == NoteKind.Flag).Select(n => NoteViews.EditorNote(n, book, links)).ToArray();
        var conflicts = book.Conflicts.Select(c => NoteViews.Conflict(c, book, links)).ToArray();
        var possible = book.Duplicates.Where(d => d.Discrepancies.Count > 0).Select(d => NoteViews.Copy(d, null, links)).ToArray();
        var copies = book.Duplicates
            .GroupBy(d => (d.First.Source, d.Second.Source))
            .Select(g => new
            {
                anchor = SiteUrls.CopiesAnchor(g.Key.Item1.Id, g.Key.Item2.Id),
                first = Views.Source(g.Key.Item1, links),
                second = Views.Source(g.Key.Item2, links),
                count = g.Count(),
                passages = g.Select(d => NoteViews.Copy(d, null, links)).ToArray(),
            }).ToArray();
        var corroborated = book.Chronology
            .Select(e => (Event: e, Sources: e.Reports.Select(r => r.Source.Id).Distinct(StringComparer.Ordinal)
                .Select(id => book.SourcesById.GetValueOrDefault(id)).OfType<Source>().ToArray()))
            .Where(x => x.Sources.Length > 1)
            .Select(x => new { anchor = SiteUrls.CorroborationAnchor(x.Event.Id), ev = Views.Event(x.Event, links), sources = Views.Sources(x.Sources, links) })
            .ToArray();
        var model = new
        {
            conflicts,
            editor_conflicts = editorConflicts,
            possible,
            flags,
            copies,
            corroborated,
            counts = new
            {
                conflicts = conflicts.Length + editorConflicts.Length,
                possible = possible.Length,
                flags = flags.Length,
                copies = book.Duplicates.Count,
                corroborated = corroborated.Length,
            },
        };
        return new Page(SiteUrls.Notes, "notes", "Reporting notes", model,
            "Conflicts, flags, duplicated passages and corroborated events: what to check before trusting the book.");
    }
}
