using BriefingBook.Content.Articles;

namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// What differs between two copies of a passage, word by word: a longest-common-subsequence diff over
/// white-space separated words (compared after folding quotes and dashes, so typography is not a change).
/// The common prefix and suffix are trimmed first, so near-identical copies, the usual case, cost little.
/// </summary>
public static class WordDiff
{
    public static IReadOnlyList<DiffSegment> Compare(string first, string second)
    {
        var a = Words(first);
        var b = Words(second);
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix].Key == b[prefix].Key) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)].Key == b[^(suffix + 1)].Key) suffix++;

        var ops = new List<(DiffOp Op, string Word)>();
        for (var i = 0; i < prefix; i++) ops.Add((DiffOp.Same, a[i].Text));
        ops.AddRange(Middle(a[prefix..^suffix], b[prefix..^suffix]));
        for (var i = a.Length - suffix; i < a.Length; i++) ops.Add((DiffOp.Same, a[i].Text));

        var segments = new List<DiffSegment>();
        foreach (var group in Runs(ops)) segments.Add(new DiffSegment(group.Op, string.Join(' ', group.Words)));
        return segments;
    }

    /// <summary>Classic LCS table over the differing middle; removals are listed before additions in each change.</summary>
    private static List<(DiffOp, string)> Middle((string Key, string Text)[] a, (string Key, string Text)[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i].Key == b[j].Key ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }

        var result = new List<(DiffOp, string)>();
        var removed = new List<string>();
        var added = new List<string>();
        void Flush()
        {
            result.AddRange(removed.Select(w => (DiffOp.Removed, w)));
            result.AddRange(added.Select(w => (DiffOp.Added, w)));
            removed.Clear();
            added.Clear();
        }

        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x].Key == b[y].Key)
            {
                Flush();
                result.Add((DiffOp.Same, a[x].Text));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                added.Add(b[y++].Text);
            }
            else
            {
                removed.Add(a[x++].Text);
            }
        }

        Flush();
        return result;
    }

    private static IEnumerable<(DiffOp Op, List<string> Words)> Runs(List<(DiffOp Op, string Word)> ops)
    {
        (DiffOp Op, List<string> Words)? current = null;
        foreach (var (op, word) in ops)
        {
            if (current is { } c && c.Op == op)
            {
                c.Words.Add(word);
                continue;
            }

            if (current is { } done) yield return done;
            current = (op, [word]);
        }

        if (current is { } last) yield return last;
    }

    private static (string Key, string Text)[] Words(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => (MatchableText.FoldText(w), w))];
}
