using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// Finds paragraphs that appear near-verbatim in two sources, with an inverted index of word shingles:
/// <list type="number">
/// <item>every paragraph of every source becomes a set of 5-word shingle hashes (in parallel);</item>
/// <item>all (shingle, paragraph) entries are sorted by shingle, so each shingle's posting list is a run;</item>
/// <item>each run of two to <see cref="DuplicateOptions.MaxPostings"/> paragraphs from different sources adds
/// one shared shingle to each pair in it; a longer run (a stock phrase, or a story syndicated very widely)
/// pairs each paragraph only with the run's earliest, which bounds the work and still finds the original;</item>
/// <item>pairs sharing enough of those shingles are verified on their whole shingle sets: with enough of the
/// shorter paragraph covered, they are copies; each gets a
/// word diff and a check for changed dates, numbers and names;</item>
/// <item>each paragraph keeps its <see cref="DuplicateOptions.MaxCopiesShown"/> closest copies, so a story syndicated
/// hundreds of times does not turn into every pair of its copies.</item>
/// </list>
/// Cost: sorting the entries (n log n in the corpus size) plus at most <c>MaxPostings</c> pairs per entry,
/// never a comparison of every paragraph with every other.
/// </summary>
public static class DuplicateDetector
{
    public static IReadOnlyList<DuplicatePassage> Find(IReadOnlyList<Source> sources, DuplicateOptions? options = null)
    {
        options ??= DuplicateOptions.Default;
        var order = sources
            .Order(EarliestFirst.Instance)
            .Select((s, i) => (s, i)).ToDictionary(x => x.s.Id, x => x.i, StringComparer.Ordinal);

        var passages = sources
            .SelectMany(s => s.Body.Paragraphs.Where(p => p.Kind == ParagraphKind.Text).Select(p => new PassageRef(s, p)))
            .ToArray();
        var shingles = new ulong[passages.Length][];
        var sourceOf = new int[passages.Length];
        Parallel.For(0, passages.Length, i =>
        {
            var words = Shingler.WordHashes(passages[i].Paragraph.Text);
            shingles[i] = words.Count < options.MinWords ? [] : Shingler.Shingles(words, options.ShingleSize);
            sourceOf[i] = order[passages[i].Source.Id];
        });

        // The inverted index as two parallel arrays sorted by shingle: a primitive-key sort, far faster than
        // sorting tuples, and each shingle's posting list becomes one run.
        var keys = new ulong[shingles.Sum(s => (long)s.Length)];
        var owners = new int[keys.Length];
        var n = 0;
        for (var i = 0; i < passages.Length; i++)
        {
            foreach (var s in shingles[i])
            {
                keys[n] = s;
                owners[n++] = i;
            }
        }

        Array.Sort(keys, owners);

        // Candidate pairs, one entry per shared shingle (past MaxPostings, only with the earliest), keyed (lower passage,
        // higher passage) in one long.
        var pairs = new List<long>();
        for (var from = 0; from < keys.Length;)
        {
            var to = from + 1;
            while (to < keys.Length && keys[to] == keys[from]) to++;
            var run = to - from;
            if (run > 1 && run <= options.MaxPostings)
            {
                for (var i = from; i < to; i++)
                {
                    for (var j = i + 1; j < to; j++)
                    {
                        var (a, b) = (Math.Min(owners[i], owners[j]), Math.Max(owners[i], owners[j]));
                        if (sourceOf[a] != sourceOf[b]) pairs.Add(((long)a << 32) | (uint)b);
                    }
                }
            }
            else if (run > options.MaxPostings)
            {
                // Too common to pair everyone, but a story syndicated more widely than MaxPostings still has an
                // original: each paragraph is paired with the earliest one using the shingle. One pair per
                // entry keeps this linear; a true stock phrase rarely gives the same earliest paragraph the
                // MinShared shingles a candidate needs, and verification drops any that do by chance.
                var earliest = owners[from];
                for (var i = from + 1; i < to; i++)
                {
                    if (sourceOf[owners[i]] < sourceOf[earliest] || (sourceOf[owners[i]] == sourceOf[earliest] && owners[i] < earliest)) earliest = owners[i];
                }

                for (var i = from; i < to; i++)
                {
                    var other = owners[i];
                    if (sourceOf[other] == sourceOf[earliest]) continue;
                    var (a, b) = (Math.Min(earliest, other), Math.Max(earliest, other));
                    pairs.Add(((long)a << 32) | (uint)b);
                }
            }

            from = to;
        }

        var pairArray = pairs.ToArray();
        Array.Sort(pairArray);
        var candidates = new List<(int A, int B, double Similarity)>();
        for (var from = 0; from < pairArray.Length;)
        {
            var to = from + 1;
            while (to < pairArray.Length && pairArray[to] == pairArray[from]) to++;
            var (a, b) = ((int)(pairArray[from] >> 32), (int)(pairArray[from] & 0xFFFFFFFF));
            if (to - from >= options.MinShared)
            {
                // Verified on the whole shingle sets, stock phrases included: a copy written in common phrasing
                // still scores high, and two paragraphs sharing one uncommon clause do not.
                var similarity = (double)SharedCount(shingles[a], shingles[b]) / Math.Min(shingles[a].Length, shingles[b].Length);
                if (similarity >= options.MinSimilarity) candidates.Add((a, b, similarity));
            }

            from = to;
        }

        var (kept, copies) = Nearest(candidates, passages.Length, sourceOf, options.MaxCopiesShown);
        var found = new DuplicatePassage[kept.Count];
        Parallel.For(0, kept.Count, k =>
        {
            var (a, b, similarity) = kept[k];
            if (sourceOf[a] > sourceOf[b] || (sourceOf[a] == sourceOf[b] && a > b)) (a, b) = (b, a);
            var diff = WordDiff.Compare(passages[a].Paragraph.Text, passages[b].Paragraph.Text);
            found[k] = new DuplicatePassage(passages[a], passages[b], Math.Min(1.0, similarity), diff, DiscrepancyFinder.Find(diff))
            {
                CopiesOfFirst = copies[a],
                CopiesOfSecond = copies[b],
            };
        });

        return [.. found
            .OrderBy(d => order[d.First.Source.Id]).ThenBy(d => d.First.Paragraph.Number)
            .ThenBy(d => order[d.Second.Source.Id]).ThenBy(d => d.Second.Paragraph.Number)];
    }

    /// <summary>
    /// Keeps, for each passage, its <paramref name="max"/> best counterparts (most similar, then earliest source);
    /// a pair survives when either side keeps it, so the total stays linear in the passages however widely one
    /// story is syndicated. Identical copies all tie on similarity, so they all point at the earliest: the original.
    /// Returns the kept pairs and, per passage, how many copies were found before the cut.
    /// </summary>
    private static (List<(int A, int B, double Similarity)> Kept, int[] Copies) Nearest(
        List<(int A, int B, double Similarity)> candidates, int passageCount, int[] sourceOf, int max)
    {
        var copies = new int[passageCount];
        foreach (var (a, b, _) in candidates)
        {
            copies[a]++;
            copies[b]++;
        }

        if (candidates.Count == 0 || copies.Max() <= max) return (candidates, copies);

        var keep = new bool[candidates.Count];
        var byPassage = new List<int>[passageCount];
        for (var k = 0; k < candidates.Count; k++)
        {
            var (a, b, _) = candidates[k];
            (byPassage[a] ??= []).Add(k);
            (byPassage[b] ??= []).Add(k);
        }

        for (var p = 0; p < passageCount; p++)
        {
            var mine = byPassage[p];
            if (mine is null) continue;
            if (mine.Count > max)
            {
                int Other(int k) => candidates[k].A == p ? candidates[k].B : candidates[k].A;
                mine.Sort((x, y) =>
                {
                    var bySimilarity = candidates[y].Similarity.CompareTo(candidates[x].Similarity);
                    if (bySimilarity != 0) return bySimilarity;
                    var bySource = sourceOf[Other(x)].CompareTo(sourceOf[Other(y)]);
                    return bySource != 0 ? bySource : Other(x).CompareTo(Other(y));
                });
            }

            for (var i = 0; i < Math.Min(max, mine.Count); i++) keep[mine[i]] = true;
        }

        return ([.. candidates.Where((_, k) => keep[k])], copies);
    }

    /// <summary>How many values two sorted, distinct arrays share: one merge.</summary>
    private static int SharedCount(ulong[] first, ulong[] second)
    {
        int i = 0, j = 0, shared = 0;
        while (i < first.Length && j < second.Length)
        {
            if (first[i] == second[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (first[i] < second[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
