using System.Collections.Concurrent;
using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// The duplicate detector kept alive between rebuilds, its shingle index behind <see cref="IDuplicateIndex"/>:
/// <see cref="Update"/> takes the book's sources as they are now and returns exactly what
/// <see cref="DuplicateDetector.Find"/> returns for them (the same pairs, equal
/// fields, in the same order), re-examining only what the change can affect. A source whose body and date are
/// unchanged is not shingled again. What a change can affect, and so what is recomputed:
/// <list type="bullet">
/// <item>the pairs of the passages added and removed;</item>
/// <item>for each wording those passages use, when its posting list crosses
/// <see cref="DuplicateOptions.MaxPostings"/> or its earliest passage changes, the pairs of every passage using
/// it (they are paired differently through it); below the cap, two other passages' shared count through a
/// wording does not change when a third comes or goes;</item>
/// <item>when a wording's document frequency crosses <see cref="DuplicateOptions.RareTexts"/>, the pairs of every
/// passage using it (its uncommon shingles, and so copy or template, may change).</item>
/// </list>
/// Every other verified pair is kept as it was. The cut to <see cref="DuplicateOptions.MaxCopiesShown"/>
/// counterparts and the counts are redone over all pairs each time (linear in the pairs, no text read); word
/// diffs are reused for pairs kept before. Not thread-safe: one update at a time.
/// </summary>
public sealed class DuplicateSession
{
    private readonly DuplicateOptions _options;
    private readonly IDuplicateIndex _index;
    private readonly Dictionary<string, ComparedSource> _sources = new(StringComparer.Ordinal);
    /// <summary>Every passage by id (ids are dense and never reused; a removed passage leaves null).</summary>
    private readonly List<ComparedPassage?> _passages = [];
    private int _live;

    /// <summary>Verified alike pairs, keyed (lower id, higher id).</summary>
    private readonly Dictionary<long, Alike> _alike = [];

    /// <summary>The earliest passage using each wording used more than <see cref="DuplicateOptions.MaxPostings"/> times.</summary>
    private readonly Dictionary<ulong, int> _earliest = [];

    private Dictionary<DiffKey, (IReadOnlyList<DiffSegment> Diff, IReadOnlyList<Discrepancy> Discrepancies)> _diffs = [];

    public DuplicateSession(DuplicateOptions? options = null, IDuplicateIndex? index = null)
    {
        _options = options ?? DuplicateOptions.Default;
        _index = index ?? new MemoryDuplicateIndex();
    }

    /// <summary>
    /// Compares <paramref name="sources"/> (the whole book as it is now: sources missing from it are dropped) and
    /// returns the passages found in two of them, as <see cref="DuplicateDetector.Find"/> would.
    /// </summary>
    /// <exception cref="ArgumentException">Two sources have one id.</exception>
    public IReadOnlyList<DuplicatePassage> Update(IReadOnlyList<Source> sources)
    {
        var now = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in sources) now.Add(source.Id, source);

        var gone = new List<ComparedSource>();
        foreach (var (id, kept) in _sources)
        {
            if (now.TryGetValue(id, out var source) && SameForComparison(kept.Source, source))
            {
                if (!ReferenceEquals(kept.Source, source)) Refresh(kept, source);
            }
            else
            {
                gone.Add(kept);
            }
        }

        var goneIds = gone.Select(s => s.Source.Id).ToHashSet(StringComparer.Ordinal);
        var added = sources.Where(s => !_sources.ContainsKey(s.Id) || goneIds.Contains(s.Id)).ToArray();
        if (gone.Count == 0 && added.Length == 0) return Results();

        var fresh = new ComparedSource[added.Length];
        Parallel.For(0, added.Length, i => fresh[i] = Shingle(added[i]));

        // The wordings whose posting lists change, and how each was paired and weighted before the change.
        var touched = new HashSet<ulong>();
        foreach (var passage in gone.SelectMany(s => s.Passages).Concat(fresh.SelectMany(s => s.Passages)))
        {
            foreach (var wording in passage.Wordings) touched.Add(wording);
        }

        var wordings = touched.ToArray();
        var before = _live == 0 ? null : Runs(wordings);

        foreach (var source in gone)
        {
            _index.Remove(source.Source.Id);
            _sources.Remove(source.Source.Id);
            foreach (var passage in source.Passages)
            {
                Drop(passage);
                _passages[passage.Id] = null;
                _live--;
            }
        }

        foreach (var source in fresh)
        {
            foreach (var passage in source.Passages)
            {
                passage.Id = _passages.Count;
                _passages.Add(passage);
                _live++;
            }

            _sources.Add(source.Source.Id, source);
            _index.Add(source.Source.Id, [.. source.Passages.Select(p => new IndexedPassage(p.Id, p.Fingerprint, p.Wordings))]);
        }

        var rank = 0;
        foreach (var source in _sources.Values.OrderBy(s => s.Source, EarliestFirst.Instance)) source.Rank = rank++;

        UpdateEarliest(wordings, fresh);
        var after = Runs(wordings);
        var uncommon = new Dictionary<ulong, bool>(wordings.Length);
        var redo = new HashSet<int>(fresh.SelectMany(s => s.Passages).Select(p => p.Id));
        var postings = new List<int>();
        for (var w = 0; w < wordings.Length; w++)
        {
            var (run, texts, first) = after[w];
            var rare = texts <= _options.RareTexts;
            uncommon[wordings[w]] = rare;
            if (before is null) continue;
            var (run0, texts0, first0) = before[w];
            var flipped = (texts0 <= _options.RareTexts) != rare && run > 0;
            var repaired = !(run0 <= _options.MaxPostings && run <= _options.MaxPostings)
                && !(run0 > _options.MaxPostings && run > _options.MaxPostings && first0 == first);
            if (!flipped && !repaired) continue;
            _index.Postings(wordings[w], postings);
            foreach (var id in postings)
            {
                redo.Add(id);
                if (!flipped) continue;
                var passage = _passages[id]!;
                for (var k = 0; k < passage.Wordings.Length; k++)
                {
                    if (passage.Wordings[k] == wordings[w]) passage.Uncommon[k] = rare;
                }
            }
        }

        foreach (var passage in fresh.SelectMany(s => s.Passages))
        {
            for (var k = 0; k < passage.Wordings.Length; k++) passage.Uncommon[k] = uncommon[passage.Wordings[k]];
        }

        var again = redo.Select(id => _passages[id]!).ToArray();
        foreach (var passage in again) Drop(passage);
        var found = new List<(long Key, Alike Pair)>[again.Length];
        var wholeStories = new ConcurrentDictionary<(string, string), bool>();
        var redone = new bool[_passages.Count];
        foreach (var id in redo) redone[id] = true;
        Parallel.For(0, again.Length, () => new Row(_passages.Count), (i, _, row) =>
        {
            found[i] = Pairs(again[i], redone, row, wholeStories);
            return row;
        }, _ => { });
        foreach (var (key, pair) in found.SelectMany(f => f))
        {
            _alike.Add(key, pair);
            _passages[Low(key)]!.Partners.Add(High(key));
            _passages[High(key)]!.Partners.Add(Low(key));
        }

        return Results();
    }

    private static int Low(long key) => (int)(key >> 32);

    private static int High(long key) => (int)(key & 0xFFFFFFFF);

    private static long Key(int a, int b) => ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);

    /// <summary>
    /// Whether the detector would see the same thing: the same date (its place in the order) and the same prose
    /// (its passages). Headline, outlet and lines do not matter to it.
    /// </summary>
    private static bool SameForComparison(Source kept, Source now)
    {
        if (ReferenceEquals(kept, now)) return true;
        if (!Equals(kept.Published, now.Published)) return false;
        if (ReferenceEquals(kept.Body, now.Body)) return true;
        var (a, b) = (kept.Body.Paragraphs, now.Body.Paragraphs);
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Number != b[i].Number || a[i].Kind != b[i].Kind || !string.Equals(a[i].Text, b[i].Text, StringComparison.Ordinal)) return false;
        }

        return true;
    }

    /// <summary>
    /// Points an unchanged source's record at its new object (for its date and rank). Its passages name their
    /// paragraphs by id, and the same date and prose give the same paragraphs, so the results need no refreshing.
    /// </summary>
    private static void Refresh(ComparedSource kept, Source source) => kept.Source = source;

    /// <summary>Forgets every alike pair of <paramref name="passage"/>, on both sides.</summary>
    private void Drop(ComparedPassage passage)
    {
        foreach (var other in passage.Partners)
        {
            _alike.Remove(Key(passage.Id, other));
            _passages[other]?.Partners.Remove(passage.Id);
        }

        passage.Partners.Clear();
    }

    /// <summary>For each wording: how many uses it has, whether more texts than RareTexts use it, and its earliest passage (past the cap).</summary>
    private (int Run, int Texts, int Earliest)[] Runs(ulong[] wordings)
    {
        var runs = new (int, int, int)[wordings.Length];
        Parallel.For(0, wordings.Length, w => runs[w] = (_index.Uses(wordings[w]), _index.TextsUsing(wordings[w], _options.RareTexts + 1),
            _earliest.GetValueOrDefault(wordings[w], -1)));
        return runs;
    }

    /// <summary>
    /// Keeps <see cref="_earliest"/> true for the wordings whose postings changed: a new passage may come first,
    /// and a run that grew past the cap, or lost its earliest, is looked at whole. The order of the others does not
    /// change when a source comes or goes, so neither does the earliest of an untouched wording.
    /// </summary>
    private void UpdateEarliest(ulong[] wordings, ComparedSource[] fresh)
    {
        var whole = new List<ulong>();
        foreach (var wording in wordings)
        {
            if (_index.Uses(wording) <= _options.MaxPostings) _earliest.Remove(wording);
            else if (!_earliest.TryGetValue(wording, out var first) || _passages[first] is null) whole.Add(wording);
        }

        var again = whole.ToHashSet();
        foreach (var passage in fresh.SelectMany(s => s.Passages))
        {
            foreach (var wording in passage.Wordings)
            {
                if (!again.Contains(wording) && _earliest.TryGetValue(wording, out var first) && passage.IsBefore(_passages[first]!)) _earliest[wording] = passage.Id;
            }
        }

        var found = new int[whole.Count];
        Parallel.For(0, whole.Count, () => new List<int>(), (w, _, postings) =>
        {
            _index.Postings(whole[w], postings);
            found[w] = Earliest(postings);
            return postings;
        }, _ => { });
        for (var w = 0; w < whole.Count; w++) _earliest[whole[w]] = found[w];
    }

    private int Earliest(List<int> postings)
    {
        var earliest = _passages[postings[0]]!;
        foreach (var id in postings)
        {
            var passage = _passages[id]!;
            if (passage.IsBefore(earliest)) earliest = passage;
        }

        return earliest.Id;
    }

    /// <summary>
    /// The alike pairs of one passage: every other passage sharing at least <see cref="DuplicateOptions.MinShared"/>
    /// wordings with it (counted as the detector counts them), verified. A pair whose other side is also being
    /// redone is counted and made once, by its lower id: a pair's count is the same from either side.
    /// </summary>
    private List<(long, Alike)> Pairs(ComparedPassage passage, bool[] redone, Row row, ConcurrentDictionary<(string, string), bool> wholeStories)
    {
        var wordings = (ulong[])passage.Wordings.Clone();
        Array.Sort(wordings);
        for (var from = 0; from < wordings.Length;)
        {
            var to = from + 1;
            while (to < wordings.Length && wordings[to] == wordings[from]) to++;
            var uses = to - from;
            var run = _index.Uses(wordings[from]);
            if (run > 1 && run <= _options.MaxPostings)
            {
                // Every pair of uses from different sources shares the wording once.
                _index.Postings(wordings[from], row.Postings);
                foreach (var id in row.Postings)
                {
                    if (Counted(passage, id, redone)) row.Count(id, uses);
                }
            }
            else if (run > _options.MaxPostings)
            {
                // Past the cap, each use is paired only with the earliest passage using the wording.
                var first = _earliest[wordings[from]];
                if (first == passage.Id)
                {
                    _index.Postings(wordings[from], row.Postings);
                    foreach (var id in row.Postings)
                    {
                        if (Counted(passage, id, redone)) row.Count(id, 1);
                    }
                }
                else if (Counted(passage, first, redone))
                {
                    row.Count(first, uses);
                }
            }

            from = to;
        }

        var pairs = new List<(long, Alike)>();
        foreach (var other in row.Seen)
        {
            var count = row.Counts[other];
            row.Counts[other] = 0;
            if (count < _options.MinShared) continue;
            var alike = Verify(passage, _passages[other]!, wholeStories);
            if (alike is not null) pairs.Add((Key(passage.Id, other), alike.Value));
        }

        row.Seen.Clear();
        return pairs;
    }

    /// <summary>Whether this row counts the pair with <paramref name="other"/>: another source's, and not made by the other's row.</summary>
    private bool Counted(ComparedPassage passage, int other, bool[] redone) =>
        _passages[other]!.Source != passage.Source && !(redone[other] && other < passage.Id);

    private static void Count(Dictionary<int, int> shared, int id, int by) =>
        shared[id] = shared.GetValueOrDefault(id) + by;

    /// <summary>
    /// A candidate pair verified on the whole shingle sets, common wording included: a copy written in common
    /// phrasing still scores high, and two paragraphs sharing one uncommon clause do not.
    /// </summary>
    private Alike? Verify(ComparedPassage a, ComparedPassage b, ConcurrentDictionary<(string, string), bool> wholeStories)
    {
        var (shared, uncommon) = Shared(a, b);
        var similarity = (double)shared / Math.Min(a.Shingles.Length, b.Shingles.Length);
        if (similarity < _options.MinSimilarity) return null;

        // Copied, if enough of what they share is wording few other paragraphs use; else both use a formula,
        // unless the two stories match as wholes (a story re-filed, however formulaic). Two short bodies compared
        // whole are whole stories already: an earnings table's wording is all formula ("Shr # cts vs # cts"), its
        // figures are what it says, and alike figures are a re-filing.
        var byWording = uncommon >= _options.MinShared && uncommon >= _options.MinRareShare * shared;
        var wholeStory = !byWording && ((a.Ref.WholeBody && b.Ref.WholeBody) || WholeStoriesMatch(a.Source, b.Source, wholeStories));
        return new Alike(similarity, byWording || wholeStory ? DuplicateKind.Copy : DuplicateKind.Template, wholeStory);
    }

    /// <summary>
    /// Whether two sources' whole bodies share at least <see cref="DuplicateOptions.WholeStorySimilarity"/> of
    /// their shingles (Jaccard), the body read as one text: the same story filed twice.
    /// </summary>
    private bool WholeStoriesMatch(ComparedSource first, ComparedSource second, ConcurrentDictionary<(string, string), bool> known)
    {
        var key = string.CompareOrdinal(first.Source.Id, second.Source.Id) < 0 ? (first.Source.Id, second.Source.Id) : (second.Source.Id, first.Source.Id);
        return known.GetOrAdd(key, _ =>
        {
            // Two threads may make one body's shingles at once; both make the same array.
            var a = first.BodyShingles ??= Shingler.Shingles(first.Words, _options.ShingleSize);
            var b = second.BodyShingles ??= Shingler.Shingles(second.Words, _options.ShingleSize);
            var shared = SharedCount(a, b);
            return a.Length > 0 && b.Length > 0 && shared >= _options.WholeStorySimilarity * (a.Length + b.Length - shared);
        });
    }

    /// <summary>Every alike pair, cut to the nearest counterparts, with diffs (reused when the pair was shown before), in the detector's order.</summary>
    private List<DuplicatePassage> Results()
    {
        var all = _alike.Select(kv => new Candidate(_passages[Low(kv.Key)]!, _passages[High(kv.Key)]!, kv.Value)).ToList();
        var (keptCopies, copies) = Nearest([.. all.Where(c => c.Pair.Kind == DuplicateKind.Copy)], _options.MaxCopiesShown);
        var (keptTemplates, templates) = Nearest([.. all.Where(c => c.Pair.Kind == DuplicateKind.Template)], _options.MaxCopiesShown);
        var kept = keptCopies.Concat(keptTemplates).ToArray();
        var diffs = new Dictionary<DiffKey, (IReadOnlyList<DiffSegment>, IReadOnlyList<Discrepancy>)>(kept.Length);
        var found = new DuplicatePassage[kept.Length];
        var made = new (DiffKey, IReadOnlyList<DiffSegment>, IReadOnlyList<Discrepancy>)?[kept.Length];
        Parallel.For(0, kept.Length, k =>
        {
            var (a, b, (similarity, kind, wholeStory)) = kept[k];
            if (b.IsBefore(a)) (a, b) = (b, a);

            // Changed facts are worth a reader's attention only between real copies, close enough that the edit
            // is an edit: between two uses of a formula, or two bulletins in one formula, they are simply news.
            var checkFacts = kind == DuplicateKind.Copy && !wholeStory && similarity >= _options.ConflictSimilarity;
            var key = new DiffKey(a.Id, b.Id, kind, checkFacts);
            if (!_diffs.TryGetValue(key, out var known))
            {
                // A template match is listed, not shown: its diff would be read by no one.
                var diff = kind == DuplicateKind.Copy ? WordDiff.Compare(a.Text, b.Text) : [];
                known = (diff, checkFacts ? DiscrepancyFinder.Find(diff) : []);
            }

            made[k] = (key, known.Diff, known.Discrepancies);
            var counts = kind == DuplicateKind.Copy ? copies : templates;
            found[k] = new DuplicatePassage(a.Ref, b.Ref, Math.Min(1.0, similarity), known.Diff, known.Discrepancies)
            {
                Kind = kind,
                WholeStory = wholeStory,
                CopiesOfFirst = counts[a.Id],
                CopiesOfSecond = counts[b.Id],
            };
        });
        foreach (var (key, diff, discrepancies) in made.Select(m => m!.Value)) diffs[key] = (diff, discrepancies);
        _diffs = diffs;

        var order = found.Select(d => (d, First: _sources[d.First.Source.Value].Rank, Second: _sources[d.Second.Source.Value].Rank)).ToArray();
        return [.. order
            .OrderBy(x => x.First).ThenBy(x => x.d.First.Paragraph.Number)
            .ThenBy(x => x.Second).ThenBy(x => x.d.Second.Paragraph.Number)
            .ThenBy(x => x.d.Kind)
            .Select(x => x.d)];
    }

    /// <summary>
    /// Keeps, for each passage, its earliest counterpart (the likely original) and then the most similar, up to
    /// <paramref name="max"/>; a pair survives when either side keeps it, so the total stays linear in the
    /// passages however widely one story is syndicated, and no copy loses sight of the original.
    /// Returns the kept pairs and, per passage id, how many counterparts were found before the cut.
    /// </summary>
    private static (List<Candidate> Kept, Dictionary<int, int> Counts) Nearest(List<Candidate> candidates, int max)
    {
        var counts = new Dictionary<int, int>();
        foreach (var c in candidates)
        {
            Count(counts, c.A.Id, 1);
            Count(counts, c.B.Id, 1);
        }

        if (candidates.Count == 0 || counts.Values.Max() <= max) return (candidates, counts);

        var keep = new bool[candidates.Count];
        var byPassage = new Dictionary<ComparedPassage, List<int>>();
        for (var k = 0; k < candidates.Count; k++)
        {
            if (counts[candidates[k].A.Id] > max) Mine(candidates[k].A).Add(k);
            if (counts[candidates[k].B.Id] > max) Mine(candidates[k].B).Add(k);
            if (counts[candidates[k].A.Id] <= max || counts[candidates[k].B.Id] <= max) keep[k] = true;
        }

        foreach (var (p, mine) in byPassage)
        {
            ComparedPassage Other(int k) => candidates[k].A == p ? candidates[k].B : candidates[k].A;
            int Earlier(int x, int y) => Other(x).IsBefore(Other(y)) ? -1 : Other(y).IsBefore(Other(x)) ? 1 : 0;

            var earliest = mine.Aggregate((x, y) => Earlier(x, y) <= 0 ? x : y);
            mine.Remove(earliest);
            mine.Sort((x, y) =>
            {
                var bySimilarity = candidates[y].Pair.Similarity.CompareTo(candidates[x].Pair.Similarity);
                return bySimilarity != 0 ? bySimilarity : Earlier(x, y);
            });
            mine.Insert(0, earliest);
            for (var i = 0; i < max; i++) keep[mine[i]] = true;
        }

        return ([.. candidates.Where((_, k) => keep[k])], counts);

        List<int> Mine(ComparedPassage p) => byPassage.TryGetValue(p, out var list) ? list : byPassage[p] = [];
    }

    /// <summary>
    /// The passages of one source: each prose paragraph of at least <see cref="DuplicateOptions.MinWords"/>
    /// words; or, when the body has no such paragraph but that many words in all (an earnings table, a short
    /// brief), the whole body as one passage, so a short story re-filed is still found. Also the words of the
    /// whole body, for comparing whole stories.
    /// </summary>
    private ComparedSource Shingle(Source source)
    {
        var prose = source.Body.Paragraphs.Select((p, at) => (Paragraph: p, At: at)).Where(p => p.Paragraph.Kind == ParagraphKind.Text).ToArray();
        var words = prose.Select(p =>
        {
            var figures = new List<bool>();
            return (p.Paragraph, p.At, Words: Shingler.WordHashes(p.Paragraph.Text, figures), Figures: figures);
        }).ToArray();
        var compared = new ComparedSource(source, [.. words.SelectMany(w => w.Words)]);
        if (words.Any(w => w.Words.Count >= _options.MinWords))
        {
            compared.Passages = [.. words.Where(w => w.Words.Count >= _options.MinWords)
                .Select((w, i) => new ComparedPassage(compared, i, new PassageRef(new ParagraphRef(new SourceId(source.Id), w.Paragraph.Number)), w.Paragraph.Text, w.At, w.Words, w.Figures, _options.ShingleSize))];
        }
        else if (compared.Words.Count >= _options.MinWords)
        {
            var whole = new PassageRef(new ParagraphRef(new SourceId(source.Id), prose[0].Paragraph.Number)) { WholeBody = true };
            compared.Passages = [new ComparedPassage(compared, 0, whole, string.Join(" ", prose.Select(p => p.Paragraph.Text)), prose[0].At, compared.Words, [.. words.SelectMany(w => w.Figures)], _options.ShingleSize)];
        }

        return compared;
    }

    /// <summary>How many shingles two passages share, and how many of those have an uncommon wording.</summary>
    private static (int Shared, int Uncommon) Shared(ComparedPassage first, ComparedPassage second) => SortedMerge.Shared(first.Shingles, first.Uncommon, second.Shingles);

    private static int SharedCount(ulong[] first, ulong[] second) => SortedMerge.Count(first, second);
}
