using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// Finds paragraphs that appear near-verbatim in two sources, with an inverted index of word shingles:
/// <list type="number">
/// <item>every paragraph of every source becomes a set of 5-word shingle hashes (in parallel);</item>
/// <item>all (shingle, paragraph) entries are sorted by shingle, so each shingle's posting list is a run;</item>
/// <item>each run of two to <see cref="DuplicateOptions.MaxPostings"/> paragraphs from different sources adds
/// one shared shingle to each pair in it (longer runs are stock phrases and skipped, which bounds the work);</item>
/// <item>pairs sharing enough of those shingles are verified on their whole shingle sets: with enough of the
/// shorter paragraph covered, they are copies; each gets a
/// word diff and a check for changed dates, numbers and names.</item>
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
            .OrderBy(s => s.Published is null).ThenBy(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal)
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

        // Candidate pairs, one entry per shared shingle that is not a stock phrase, keyed (lower passage,
        // higher passage) in one long.
        var pairs = new List<long>();
        for (var from = 0; from < keys.Length;)
        {
            var to = from + 1;
            while (to < keys.Length && keys[to] == keys[from]) to++;
            if (to - from is > 1 and var run && run <= options.MaxPostings)
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

        var found = new DuplicatePassage[candidates.Count];
        Parallel.For(0, candidates.Count, k =>
        {
            var (a, b, similarity) = candidates[k];
            if (sourceOf[a] > sourceOf[b] || (sourceOf[a] == sourceOf[b] && a > b)) (a, b) = (b, a);
            var diff = WordDiff.Compare(passages[a].Paragraph.Text, passages[b].Paragraph.Text);
            found[k] = new DuplicatePassage(passages[a], passages[b], Math.Min(1.0, similarity), diff, DiscrepancyFinder.Find(diff));
        });

        return [.. found
            .OrderBy(d => order[d.First.Source.Id]).ThenBy(d => d.First.Paragraph.Number)
            .ThenBy(d => order[d.Second.Source.Id]).ThenBy(d => d.Second.Paragraph.Number)];
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
