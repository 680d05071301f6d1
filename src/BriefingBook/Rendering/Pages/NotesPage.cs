using BriefingBook.Analysis;
using BriefingBook.Analysis.Duplicates;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering.Pages;

/// <summary>
/// Every reporting note in the book on one page, grouped by kind: conflicts (between report values, recorded
/// by the editors, or suggested by edits between copies), flags on single sources, duplicated passages by
/// pair of sources, and events several sources confirm. What an analyst checks before trusting the book.
/// </summary>
internal static class NotesPage
{
    /// <summary>Families of copies up to this many sources are listed pair by pair (at most 15 pairs).</summary>
    private const int MaxPairwiseFamily = 6;

    public static Page Build(AnalysedBook book, bool pretty)
    {
        var links = new Links(SiteUrls.Notes, pretty);
        var editorConflicts = book.Notes.Where(n => n.Kind == NoteKind.Conflict).Select(n => NoteViews.EditorNote(n, book, links)).ToArray();
        var flags = book.Notes.Where(n => n.Kind == NoteKind.Flag).Select(n => NoteViews.EditorNote(n, book, links)).ToArray();
        var conflicts = book.Conflicts.Select(c => NoteViews.Conflict(c, book, links)).ToArray();
        // Sources linked by copied text form families. A small family (a seed and a syndicated copy or two) is
        // listed pair by pair with every diff; a wire story in dozens of sources is one entry naming them all,
        // and its diffs stay on the source pages, so this page grows with the sources, not with their pairs.
        var family = Families(book);
        bool Small(DuplicatePassage d) => family[d.First.Source.Id].Count <= MaxPairwiseFamily;
        var possible = book.Duplicates.Where(d => d.Discrepancies.Count > 0 && Small(d)).Select(d => NoteViews.Copy(d, null, links)).ToArray();
        var possibleElsewhere = book.Duplicates.Count(d => d.Discrepancies.Count > 0 && !Small(d));
        var copies = book.Duplicates
            .Where(Small)
            .GroupBy(d => (d.First.Source, d.Second.Source))
            .Select(g => new
            {
                anchor = SiteUrls.CopiesAnchor(g.Key.Item1.Id, g.Key.Item2.Id),
                first = Views.Source(g.Key.Item1, links),
                second = Views.Source(g.Key.Item2, links),
                count = g.Count(),
                passages = g.Select(d => NoteViews.Copy(d, null, links)).ToArray(),
            }).ToArray();
        var families = book.Duplicates
            .Where(d => !Small(d))
            .GroupBy(d => family[d.First.Source.Id])
            .Select(g => new
            {
                anchor = SiteUrls.CopiesAnchor(g.Key[0].Id, "family"),
                sources = g.Key.Select(s => new { source = Views.Source(s, links), href = links.To(SiteUrls.Source(s.Id), "copied-text") }).ToArray(),
                count = g.Key.Count,
                passages = g.Count(),
                possible = g.Count(d => d.Discrepancies.Count > 0),
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
            families,
            possible_elsewhere = possibleElsewhere,
            corroborated,
            counts = new
            {
                conflicts = conflicts.Length + editorConflicts.Length,
                possible = possible.Length + possibleElsewhere,
                flags = flags.Length,
                copies = book.Duplicates.Count,
                corroborated = corroborated.Length,
            },
        };
        return new Page(SiteUrls.Notes, "notes", "Reporting notes", model,
            "Conflicts, flags, duplicated passages and corroborated events: what to check before trusting the book.");
    }

    /// <summary>
    /// The sources joined by copied passages, by connected component (union-find over the pairs): for each
    /// source in a pair, its family, earliest first, as the detector orders sources.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<Source>> Families(AnalysedBook book)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string id)
        {
            while (parent[id] != id) id = parent[id] = parent[parent[id]];
            return id;
        }

        var byId = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var d in book.Duplicates)
        {
            foreach (var s in new[] { d.First.Source, d.Second.Source })
            {
                if (parent.TryAdd(s.Id, s.Id)) byId[s.Id] = s;
            }

            var (a, b) = (Root(d.First.Source.Id), Root(d.Second.Source.Id));
            if (a != b) parent[b] = a;
        }

        // Earliest first, as the detector orders sources: the likely original leads.
        var members = parent.Keys.GroupBy(Root, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<Source>)[.. g.Select(id => byId[id]).Order(EarliestFirst.Instance)])
            .ToArray();
        return members.SelectMany(m => m.Select(s => (s.Id, m))).ToDictionary(x => x.Id, x => x.m, StringComparer.Ordinal);
    }
}
