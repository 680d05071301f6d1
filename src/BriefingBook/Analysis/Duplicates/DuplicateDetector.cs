using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// Finds paragraphs that appear near-verbatim in two sources, and tells copied text from shared formula, with
/// an inverted index of word shingles:
/// <list type="number">
/// <item>every paragraph of every source becomes a set of 5-word shingles (in parallel); a body with no
/// paragraph long enough to compare (a table, a one-line brief) is one passage, compared whole;</item>
/// <item>all (wording, paragraph) entries are sorted by wording (the shingle with its figures masked), so each
/// wording's posting list is a run; in the same pass, each wording is counted in distinct paragraph texts, an
/// IDF-like weight: used by a few, it is uncommon, evidence of copying; used by many, it is formula;</item>
/// <item>each run of two to <see cref="DuplicateOptions.MaxPostings"/> paragraphs from different sources adds
/// one shared wording to each pair in it; a longer run pairs each paragraph only with the run's earliest, which
/// bounds the work and still finds the original;</item>
/// <item>pairs sharing enough wordings are verified on their whole shingle sets: with enough of the shorter
/// paragraph covered they are alike; they are a <see cref="DuplicateKind.Copy"/> when enough of what they
/// share is uncommon, or when their whole stories match, else a <see cref="DuplicateKind.Template"/> match;</item>
/// <item>each paragraph keeps its earliest and its most similar counterparts, at most
/// <see cref="DuplicateOptions.MaxCopiesShown"/>, so a story syndicated hundreds of times does not turn into
/// every pair of its copies; each kept pair gets a word diff, and a copy by its wording that is similar
/// enough a check for changed dates, numbers and names.</item>
/// </list>
/// Cost: sorting the entries (n log n in the corpus size) plus at most <c>MaxPostings</c> pairs per entry,
/// never a comparison of every paragraph with every other.
/// This is the one-shot form, for a build that runs once: the index is two flat arrays, sorted, used and
/// dropped. Between rebuilds, <see cref="DuplicateSession"/> keeps the index (through <see cref="IDuplicateIndex"/>)
/// and the verified pairs and gives the same result for a fraction of the work; the tests hold the two equal.
/// </summary>
public static class DuplicateDetector
{
    public static IReadOnlyList<DuplicatePassage> Find(IReadOnlyList<Source> sources, DuplicateOptions? options = null)
    {
        options ??= DuplicateOptions.Default;
        var order = sources
            .Order(EarliestFirst.Instance)
            .Select((s, i) => (s, i)).ToDictionary(x => x.s.Id, x => x.i, StringComparer.Ordinal);

        var perSource = new Passage[sources.Count][];
        var words = new List<ulong>[sources.Count];
        Parallel.For(0, sources.Count, i => (perSource[i], words[order[sources[i].Id]]) = Passages(sources[i], order[sources[i].Id], options));
        var bodies = new ulong[]?[sources.Count];
        var passages = perSource.SelectMany(p => p).ToArray();
        var sourceOf = passages.Select(p => p.Source).ToArray();

        // The inverted index as two parallel arrays sorted by wording: a primitive-key sort, far faster than
        // sorting tuples, and each wording's posting list becomes one run. An entry's item is its passage (high
        // half) and the shingle's place in the passage (low half). A passage using one wording twice (a formula
        // repeated with other figures) is in its run twice: its own pairs are skipped, as pairs within a source are.
        var keys = new ulong[passages.Sum(p => (long)p.Wordings.Length)];
        var items = new long[keys.Length];
        var n = 0;
        for (var i = 0; i < passages.Length; i++)
        {
            for (var k = 0; k < passages[i].Wordings.Length; k++)
            {
                keys[n] = passages[i].Wordings[k];
                items[n++] = ((long)i << 32) | (uint)k;
            }
        }

        Array.Sort(keys, items);

        // One pass over the runs: how many different paragraph texts use each wording (a text syndicated word for
        // word counts once, so wide syndication does not make a story's own words look like formula), and the
        // candidate pairs, one entry per shared wording (past MaxPostings, only with the earliest), keyed
        // (lower passage, higher passage) in one long.
        var pairs = new List<long>();
        var texts = new List<ulong>();
        for (var from = 0; from < keys.Length;)
        {
            var to = from + 1;
            while (to < keys.Length && keys[to] == keys[from]) to++;
            var run = to - from;
            var distinct = 1;
            if (run == 2)
            {
                if (passages[Owner(items[from])].Fingerprint != passages[Owner(items[from + 1])].Fingerprint) distinct = 2;
            }
            else if (run > 2)
            {
                texts.Clear();
                for (var i = from; i < to; i++) texts.Add(passages[Owner(items[i])].Fingerprint);
                texts.Sort();
                for (var i = 1; i < texts.Count; i++)
                {
                    if (texts[i] != texts[i - 1]) distinct++;
                }
            }

            var uncommon = distinct <= options.RareTexts;
            for (var i = from; i < to; i++) passages[Owner(items[i])].Uncommon[(int)(items[i] & 0xFFFFFFFF)] = uncommon;

            if (run > 1 && run <= options.MaxPostings)
            {
                for (var i = from; i < to; i++)
                {
                    for (var j = i + 1; j < to; j++)
                    {
                        var (a, b) = (Math.Min(Owner(items[i]), Owner(items[j])), Math.Max(Owner(items[i]), Owner(items[j])));
                        if (sourceOf[a] != sourceOf[b]) pairs.Add(((long)a << 32) | (uint)b);
                    }
                }
            }
            else if (run > options.MaxPostings)
            {
                // Too common to pair everyone, but a story syndicated more widely than MaxPostings still has an
                // original: each paragraph is paired with the earliest one using the wording. One pair per
                // entry keeps this linear; a true stock phrase rarely gives the same earliest paragraph the
                // MinShared wordings a candidate needs, and verification drops any that do by chance.
                var earliest = Owner(items[from]);
                for (var i = from + 1; i < to; i++)
                {
                    var owner = Owner(items[i]);
                    if (sourceOf[owner] < sourceOf[earliest] || (sourceOf[owner] == sourceOf[earliest] && owner < earliest)) earliest = owner;
                }

                for (var i = from; i < to; i++)
                {
                    var other = Owner(items[i]);
                    if (sourceOf[other] == sourceOf[earliest]) continue;
                    var (a, b) = (Math.Min(earliest, other), Math.Max(earliest, other));
                    pairs.Add(((long)a << 32) | (uint)b);
                }
            }

            from = to;
        }

        var pairArray = pairs.ToArray();
        Array.Sort(pairArray);
        var alike = new List<Candidate>();
        var wholeStories = new Dictionary<long, bool>();
        for (var from = 0; from < pairArray.Length;)
        {
            var to = from + 1;
            while (to < pairArray.Length && pairArray[to] == pairArray[from]) to++;
            var (a, b) = ((int)(pairArray[from] >> 32), (int)(pairArray[from] & 0xFFFFFFFF));
            if (to - from >= options.MinShared)
            {
                // Verified on the whole shingle sets, common wording included: a copy written in common phrasing
                // still scores high, and two paragraphs sharing one uncommon clause do not.
                var (shared, uncommon) = Shared(passages[a], passages[b]);
                var similarity = (double)shared / Math.Min(passages[a].Shingles.Length, passages[b].Shingles.Length);
                if (similarity >= options.MinSimilarity)
                {
                    // Copied, if enough of what they share is wording few other paragraphs use; else both use a
                    // formula, unless the two stories match as wholes (a story re-filed, however formulaic). Two
                    // short bodies compared whole are whole stories already: an earnings table's wording is all
                    // formula ("Shr # cts vs # cts"), its figures are what it says, and alike figures are a re-filing.
                    var byWording = uncommon >= options.MinShared && uncommon >= options.MinRareShare * shared;
                    var wholeStory = !byWording && ((passages[a].Ref.WholeBody && passages[b].Ref.WholeBody)
                        || WholeStoriesMatch(sourceOf[a], sourceOf[b], words, bodies, wholeStories, options));
                    alike.Add(new Candidate(a, b, similarity, byWording || wholeStory ? DuplicateKind.Copy : DuplicateKind.Template, wholeStory));
                }
            }

            from = to;
        }

        var (keptCopies, copies) = Nearest([.. alike.Where(c => c.Kind == DuplicateKind.Copy)], passages.Length, sourceOf, options.MaxCopiesShown);
        var (keptTemplates, templates) = Nearest([.. alike.Where(c => c.Kind == DuplicateKind.Template)], passages.Length, sourceOf, options.MaxCopiesShown);
        var kept = keptCopies.Concat(keptTemplates).ToArray();
        var found = new DuplicatePassage[kept.Length];
        Parallel.For(0, kept.Length, k =>
        {
            var (a, b, similarity, kind, wholeStory) = kept[k];
            if (sourceOf[a] > sourceOf[b] || (sourceOf[a] == sourceOf[b] && a > b)) (a, b) = (b, a);
            // A template match is listed, not shown: its diff would be read by no one.
            var diff = kind == DuplicateKind.Copy ? WordDiff.Compare(passages[a].Text, passages[b].Text) : [];
            // Changed facts are worth a reader's attention only between real copies, close enough that the edit
            // is an edit: between two uses of a formula, or two bulletins in one formula, they are simply news.
            var checkFacts = kind == DuplicateKind.Copy && !wholeStory && similarity >= options.ConflictSimilarity;
            var counts = kind == DuplicateKind.Copy ? copies : templates;
            found[k] = new DuplicatePassage(passages[a].Ref, passages[b].Ref, Math.Min(1.0, similarity), diff, checkFacts ? DiscrepancyFinder.Find(diff) : [])
            {
                Kind = kind,
                WholeStory = wholeStory,
                CopiesOfFirst = counts[a],
                CopiesOfSecond = counts[b],
            };
        });

        return [.. found
            .OrderBy(d => order[d.First.Source.Value]).ThenBy(d => d.First.Paragraph.Number)
            .ThenBy(d => order[d.Second.Source.Value]).ThenBy(d => d.Second.Paragraph.Number)
            .ThenBy(d => d.Kind)];
    }

    private static int Owner(long item) => (int)(item >> 32);

    /// <summary>
    /// The passages of one source: each prose paragraph of at least <see cref="DuplicateOptions.MinWords"/>
    /// words; or, when the body has no such paragraph but that many words in all (an earnings table, a short
    /// brief), the whole body as one passage, so a short story re-filed is still found. Also the words of the
    /// whole body, for comparing whole stories.
    /// </summary>
    private static (Passage[] Passages, List<ulong> Words) Passages(Source source, int rank, DuplicateOptions options)
    {
        var prose = source.Body.Paragraphs.Where(p => p.Kind == ParagraphKind.Text).ToArray();
        var words = prose.Select(p =>
        {
            var figures = new List<bool>();
            return (Paragraph: p, Words: Shingler.WordHashes(p.Text, figures), Figures: figures);
        }).ToArray();
        var all = words.SelectMany(w => w.Words).ToList();
        if (words.Any(w => w.Words.Count >= options.MinWords))
        {
            return ([.. words.Where(w => w.Words.Count >= options.MinWords)
                .Select(w => new Passage(new PassageRef(new ParagraphRef(new SourceId(source.Id), w.Paragraph.Number)), w.Paragraph.Text, rank, w.Words, w.Figures, options.ShingleSize))], all);
        }

        if (all.Count < options.MinWords) return ([], all);
        var whole = new PassageRef(new ParagraphRef(new SourceId(source.Id), prose[0].Number)) { WholeBody = true };
        return ([new Passage(whole, string.Join(" ", prose.Select(p => p.Text)), rank, all, [.. words.SelectMany(w => w.Figures)], options.ShingleSize)], all);
    }

    /// <summary>
    /// Whether two sources' whole bodies share at least <see cref="DuplicateOptions.WholeStorySimilarity"/> of
    /// their shingles (Jaccard), the body read as one text: the same story filed twice. A body's shingles are
    /// made when first needed: few stories are compared whole.
    /// </summary>
    private static bool WholeStoriesMatch(int first, int second, List<ulong>[] words, ulong[]?[] bodies, Dictionary<long, bool> known, DuplicateOptions options)
    {
        var key = ((long)Math.Min(first, second) << 32) | (uint)Math.Max(first, second);
        if (known.TryGetValue(key, out var match)) return match;
        var a = bodies[first] ??= Shingler.Shingles(words[first], options.ShingleSize);
        var b = bodies[second] ??= Shingler.Shingles(words[second], options.ShingleSize);
        var shared = SharedCount(a, b);
        return known[key] = a.Length > 0 && b.Length > 0 && shared >= options.WholeStorySimilarity * (a.Length + b.Length - shared);
    }

    /// <summary>
    /// Keeps, for each passage, its earliest counterpart (the likely original) and then the most similar, up to
    /// <paramref name="max"/>; a pair survives when either side keeps it, so the total stays linear in the
    /// passages however widely one story is syndicated, and no copy loses sight of the original.
    /// Returns the kept pairs and, per passage, how many counterparts were found before the cut.
    /// </summary>
    private static (List<Candidate> Kept, int[] Counts) Nearest(List<Candidate> candidates, int passageCount, int[] sourceOf, int max)
    {
        var counts = new int[passageCount];
        foreach (var c in candidates)
        {
            counts[c.A]++;
            counts[c.B]++;
        }

        if (candidates.Count == 0 || counts.Max() <= max) return (candidates, counts);

        var keep = new bool[candidates.Count];
        var byPassage = new List<int>[passageCount];
        for (var k = 0; k < candidates.Count; k++)
        {
            (byPassage[candidates[k].A] ??= []).Add(k);
            (byPassage[candidates[k].B] ??= []).Add(k);
        }

        for (var p = 0; p < passageCount; p++)
        {
            var mine = byPassage[p];
            if (mine is null) continue;
            if (mine.Count > max)
            {
                int Other(int k) => candidates[k].A == p ? candidates[k].B : candidates[k].A;
                int Earlier(int x, int y)
                {
                    var bySource = sourceOf[Other(x)].CompareTo(sourceOf[Other(y)]);
                    return bySource != 0 ? bySource : Other(x).CompareTo(Other(y));
                }

                var earliest = mine.Aggregate((x, y) => Earlier(x, y) <= 0 ? x : y);
                mine.Remove(earliest);
                mine.Sort((x, y) =>
                {
                    var bySimilarity = candidates[y].Similarity.CompareTo(candidates[x].Similarity);
                    return bySimilarity != 0 ? bySimilarity : Earlier(x, y);
                });
                mine.Insert(0, earliest);
            }

            for (var i = 0; i < Math.Min(max, mine.Count); i++) keep[mine[i]] = true;
        }

        return ([.. candidates.Where((_, k) => keep[k])], counts);
    }

    /// <summary>How many shingles two passages share, and how many of those have an uncommon wording.</summary>
    private static (int Shared, int Uncommon) Shared(Passage first, Passage second) => SortedMerge.Shared(first.Shingles, first.Uncommon, second.Shingles);

    private static int SharedCount(ulong[] first, ulong[] second) => SortedMerge.Count(first, second);

    private readonly record struct Candidate(int A, int B, double Similarity, DuplicateKind Kind, bool WholeStory);

    /// <summary>
    /// One compared passage: its shingles (sorted, distinct), the wording of each and whether that wording is
    /// uncommon (filled in by the index pass), and a fingerprint of its text, so that word-for-word copies count
    /// as one text.
    /// </summary>
    private sealed class Passage
    {
        public Passage(PassageRef passage, string text, int source, List<ulong> words, List<bool> figures, int size)
        {
            Ref = passage;
            Text = text;
            Source = source;
            var (shingles, wordings) = Shingler.ShinglesAndWordings(words, figures, size);
            Shingles = shingles;
            Wordings = wordings;
            Uncommon = new bool[wordings.Length];
            var fingerprint = 14695981039346656037UL;
            foreach (var s in shingles) fingerprint = (fingerprint ^ s) * 1099511628211UL;
            Fingerprint = fingerprint;
        }

        public PassageRef Ref { get; }

        /// <summary>The paragraph's text, or the whole body's for a whole-body passage: what the word diff reads.</summary>
        public string Text { get; }

        /// <summary>The source's place in the earliest-first order.</summary>
        public int Source { get; }

        public ulong[] Shingles { get; }

        /// <summary>The wording of each shingle, in the order of <see cref="Shingles"/>.</summary>
        public ulong[] Wordings { get; }

        public bool[] Uncommon { get; }

        public ulong Fingerprint { get; }
    }
}
