using BriefingBook.Analysis;
using BriefingBook.Analysis.Duplicates;
using BriefingBook.Content.Model;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Pages;

/// <summary>
/// Every reporting note in the book on one page, grouped by kind: conflicts (between report values, recorded
/// by the editors, or suggested by edits between copies), flags on single sources, duplicated passages by
/// pair of sources, and events several sources confirm. What an analyst checks before trusting the book.
/// A corpus (more than <see cref="MaxFamiliesListed"/> families of copies, thousands of stories) switches the
/// duplicated passages to a bounded summary: the families of copies counted, the largest and the closest
/// possible conflicts shown, and one page per family (<see cref="Families"/>) with its pairs and diffs.
/// </summary>
internal static class NotesPage
{
    /// <summary>Families of copies up to this many sources are listed pair by pair (at most 15 pairs).</summary>
    private const int MaxPairwiseFamily = 6;

    /// <summary>
    /// Up to this many families of copies the notes page lists them all (a small family pair by pair, a large one
    /// once); beyond, it is in corpus mode. A book of a few hundred articles stays far below.
    /// </summary>
    private const int MaxFamiliesListed = 50;

    /// <summary>In corpus mode, the families and the possible conflicts the notes page shows (the rest are counted and on the family pages).</summary>
    private const int TopItems = 25;

    /// <summary>A family page lists at most this many of its copied passages with their diffs; the source pages have them all.</summary>
    private const int MaxPassagesPerFamilyPage = 200;

    public static Page Build(AnalysedBook book, bool pretty)
    {
        if (IsCorpus(book)) return Corpus(book, pretty);
        var links = new Links(SiteUrls.Notes, pretty);
        var editorConflicts = book.Notes.Where(n => n.Kind == NoteKind.Conflict).Select(n => NoteViews.EditorNote(n, book, links)).ToArray();
        var flags = book.Notes.Where(n => n.Kind == NoteKind.Flag).Select(n => NoteViews.EditorNote(n, book, links)).ToArray();
        var conflicts = book.Conflicts.Select(c => NoteViews.Conflict(c, book, links)).ToArray();
        // Sources linked by copied text form families. A small family (a seed and a syndicated copy or two) is
        // listed pair by pair with every diff; a wire story in dozens of sources is one entry naming them all,
        // and its diffs stay on the source pages, so this page grows with the sources, not with their pairs.
        var family = Families(book);
        bool Small(DuplicatePassage d) => family[d.First.Source.Value].Count <= MaxPairwiseFamily;
        var possible = book.Duplicates.Where(d => d.Discrepancies.Count > 0 && Small(d)).Select(d => NoteViews.Copy(d, null, book, links)).ToArray();
        var possibleElsewhere = book.Duplicates.Count(d => d.Discrepancies.Count > 0 && !Small(d));
        var copies = book.Duplicates
            .Where(Small)
            .GroupBy(d => (d.First.Source, d.Second.Source))
            .Select(g => new CopyPairView(
                Anchor: SiteUrls.CopiesAnchor(g.Key.Item1.Value, g.Key.Item2.Value),
                First: Views.Source(book, book.Source(g.Key.Item1), links),
                Second: Views.Source(book, book.Source(g.Key.Item2), links),
                Count: g.Count(),
                Passages: [.. g.Select(d => NoteViews.Copy(d, null, book, links))])).ToArray();
        var families = book.Duplicates
            .Where(d => !Small(d))
            .GroupBy(d => family[d.First.Source.Value])
            .Select(g => new FamilyView(
                Anchor: SiteUrls.CopiesAnchor(g.Key[0].Id, "family"),
                Sources: FamilySources(book, g.Key, links),
                Count: g.Key.Count,
                Passages: g.Count(),
                Possible: g.Count(d => d.Discrepancies.Count > 0))).ToArray();
        var corroborated = Corroborated(book, links);
        var model = new NotesView(
            Family: false,
            Corpus: false,
            Templates: book.Templates.Count,
            Conflicts: conflicts,
            EditorConflicts: editorConflicts,
            Possible: possible,
            Flags: flags,
            Copies: copies,
            Families: families,
            PossibleElsewhere: possibleElsewhere,
            // Only a corpus summarises its families of copies.
            FamilyCount: 0,
            TopFamilies: [],
            MoreFamilies: 0,
            DataHref: links.To(SiteUrls.Data),
            Corroborated: corroborated,
            Counts: new NotesCountsView(
                Conflicts: conflicts.Length + editorConflicts.Length,
                Possible: possible.Length + possibleElsewhere,
                Flags: flags.Length,
                Copies: book.Duplicates.Count,
                Corroborated: corroborated.Length));
        return new Page(SiteUrls.Notes, "notes", "Reporting notes", model,
            "Conflicts, flags, duplicated passages and corroborated events: what to check before trusting the book.");
    }

    /// <summary>
    /// The notes page of a corpus: conflicts and flags as usual; copied text as counts, the
    /// <see cref="TopItems"/> largest families and closest possible conflicts, and links to every family's page.
    /// Bounded whatever the number of stories.
    /// </summary>
    private static Page Corpus(AnalysedBook book, bool pretty)
    {
        var links = new Links(SiteUrls.Notes, pretty);
        var editorConflicts = book.Notes.Where(n => n.Kind == NoteKind.Conflict).Select(n => NoteViews.EditorNote(n, book, links)).ToArray();
        var flags = book.Notes.Where(n => n.Kind == NoteKind.Flag).Select(n => NoteViews.EditorNote(n, book, links)).ToArray();
        var conflicts = book.Conflicts.Select(c => NoteViews.Conflict(c, book, links)).ToArray();
        var family = Families(book);
        var possibleAll = book.Duplicates.Where(d => d.Discrepancies.Count > 0).ToArray();
        var possible = possibleAll
            .OrderByDescending(d => d.Similarity).ThenBy(d => book.Source(d.First.Source), EarliestFirst.Instance).ThenBy(d => book.Source(d.Second.Source), EarliestFirst.Instance)
            .ThenBy(d => d.First.Paragraph.Number)
            .Take(TopItems).Select(d => NoteViews.Copy(d, null, book, links)).ToArray();
        var summaries = FamilySummaries(book, family, links);
        var corroborated = Corroborated(book, links);
        var model = new NotesView(
            Family: false,
            Corpus: true,
            Templates: book.Templates.Count,
            Conflicts: conflicts,
            EditorConflicts: editorConflicts,
            Possible: possible,
            Flags: flags,
            Copies: [],
            Families: [],
            PossibleElsewhere: possibleAll.Length - possible.Length,
            FamilyCount: summaries.Length,
            TopFamilies: summaries.Take(TopItems).ToArray(),
            MoreFamilies: Math.Max(0, summaries.Length - TopItems),
            DataHref: links.To(SiteUrls.Data),
            Corroborated: corroborated,
            Counts: new NotesCountsView(
                Conflicts: conflicts.Length + editorConflicts.Length,
                Possible: possibleAll.Length,
                Flags: flags.Length,
                Copies: book.Duplicates.Count,
                Corroborated: corroborated.Length));
        return new Page(SiteUrls.Notes, "notes", "Reporting notes", model,
            "Conflicts, flags, duplicated passages and corroborated events: what to check before trusting the book.");
    }

    /// <summary>
    /// One page per family of copies (<c>notes/copies/&lt;earliest source&gt;/</c>), rendered with the notes
    /// layout: its sources, earliest first, and its copied passages pair by pair with their diffs (at most
    /// <see cref="MaxPassagesPerFamilyPage"/>). Only in corpus mode: a smaller book lists all this on the notes page.
    /// </summary>
    public static IEnumerable<Page> Families(AnalysedBook book, bool pretty) =>
        FamilyGroups(book).Select(group => Family(book, group.Members, group.Passages, pretty));

    /// <summary>Each family of copies with its passages, when the book has family pages (corpus mode); else none.</summary>
    public static IEnumerable<(IReadOnlyList<Source> Members, DuplicatePassage[] Passages)> FamilyGroups(AnalysedBook book)
    {
        if (!IsCorpus(book)) return [];
        var family = Families(book);
        return book.Duplicates.GroupBy(d => family[d.First.Source.Value]).Select(g => (g.Key, g.ToArray()));
    }

    /// <summary>One family page: its sources, earliest first, and its passages pair by pair.</summary>
    public static Page Family(AnalysedBook book, IReadOnlyList<Source> members, DuplicatePassage[] passages, bool pretty)
    {
        var url = FamilyUrl(members);
        var links = new Links(url, pretty);
        var shown = passages.Take(MaxPassagesPerFamilyPage).ToArray();
        var model = new CopyFamilyView(
            Family: true,
            Sources: FamilySources(book, members, links),
            Count: members.Count,
            Passages: passages.Length,
            Possible: passages.Count(d => d.Discrepancies.Count > 0),
            Pairs: [.. shown
                .GroupBy(d => (d.First.Source, d.Second.Source))
                .Select(g => new CopyPairView(
                    Anchor: null,
                    First: Views.Source(book, book.Source(g.Key.Item1), links),
                    Second: Views.Source(book, book.Source(g.Key.Item2), links),
                    Count: g.Count(),
                    Passages: [.. g.Select(d => NoteViews.Copy(d, null, book, links))]))],
            NotShown: passages.Length - shown.Length,
            NotesHref: links.To(SiteUrls.Notes, "copies"));
        return new Page(url, "notes", $"Copied text shared by {members.Count} sources", model,
            $"Copied passages among {members.Count} sources, with their differences.");
    }

    /// <summary>The page of the family of copies <paramref name="sourceId"/> belongs to, when the book has family pages.</summary>
    public static string? FamilyPageOf(AnalysedBook book, string sourceId) =>
        IsCorpus(book) && Families(book).TryGetValue(sourceId, out var members) ? FamilyUrl(members) : null;

    private static bool IsCorpus(AnalysedBook book) => FamiliesOf.GetValue(book, Join).Item2;

    /// <summary>The family page of the family whose earliest source is <paramref name="members"/>[0].</summary>
    public static string FamilyUrl(IReadOnlyList<Source> members) => $"{SiteUrls.Notes}copies/{members[0].Id}/";

    /// <summary>Every family, largest first (sources, then passages), then earliest: one line each.</summary>
    private static FamilyLineView[] FamilySummaries(AnalysedBook book, Dictionary<string, IReadOnlyList<Source>> family, Links links) =>
        [.. book.Duplicates.GroupBy(d => family[d.First.Source.Value])
            .OrderByDescending(g => g.Key.Count).ThenByDescending(g => g.Count()).ThenBy(g => g.Key[0], EarliestFirst.Instance)
            .Select(g => new FamilyLineView(
                Href: links.To(FamilyUrl(g.Key)),
                First: Views.Source(book, g.Key[0], links),
                Count: g.Key.Count,
                Passages: g.Count(),
                Possible: g.Count(d => d.Discrepancies.Count > 0)))];

    /// <summary>The sources of a family, each linked to its copied text.</summary>
    private static FamilySourceView[] FamilySources(AnalysedBook book, IReadOnlyList<Source> members, Links links) =>
        [.. members.Select(s => new FamilySourceView(Views.Source(book, s, links), links.To(SiteUrls.Source(s.Id), "copied-text")))];

    private static CorroboratedEventView[] Corroborated(AnalysedBook book, Links links) =>
        [.. book.Chronology
            .Select(e => (Event: e, Sources: e.Reports.Select(r => r.Source.Id).Distinct(StringComparer.Ordinal)
                .Select(id => book.SourcesById.GetValueOrDefault(id)).OfType<Source>().ToArray()))
            .Where(x => x.Sources.Length > 1)
            .Select(x => new CorroboratedEventView(SiteUrls.CorroborationAnchor(x.Event.Id), Views.Event(book, x.Event, links), Views.Sources(book, x.Sources, links)))];

    /// <summary>
    /// The sources joined by copied passages, by connected component (union-find over the pairs): for each
    /// source in a pair, its family, earliest first, as the detector orders sources.
    /// </summary>
    public static Dictionary<string, IReadOnlyList<Source>> Families(AnalysedBook book) => FamiliesOf.GetValue(book, Join).Item1;

    /// <summary>Each book's families and whether there are more than <see cref="MaxFamiliesListed"/>, computed once: the notes page, the family pages and every source page ask.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalysedBook, Tuple<Dictionary<string, IReadOnlyList<Source>>, bool>> FamiliesOf = [];

    private static Tuple<Dictionary<string, IReadOnlyList<Source>>, bool> Join(AnalysedBook book)
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
                if (parent.TryAdd(s.Value, s.Value)) byId[s.Value] = book.Source(s);
            }

            var (a, b) = (Root(d.First.Source.Value), Root(d.Second.Source.Value));
            if (a != b) parent[b] = a;
        }

        // Earliest first, as the detector orders sources: the likely original leads.
        var members = parent.Keys.GroupBy(Root, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<Source>)[.. g.Select(id => byId[id]).Order(EarliestFirst.Instance)])
            .ToArray();
        return Tuple.Create(members.SelectMany(m => m.Select(s => (s.Id, m))).ToDictionary(x => x.Id, x => x.m, StringComparer.Ordinal), members.Length > MaxFamiliesListed);
    }
}
