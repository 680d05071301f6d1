using System.Text;

namespace BriefingBook.Content.Articles;

/// <summary>
/// Text folded for quote matching: runs of white space become one space, curly quotes and apostrophes
/// become straight ones, dash variants become a hyphen. Nothing else changes, so a quote that matches is
/// still verbatim. <see cref="OriginalIndex"/> maps a folded position back to the original text, which
/// is how a matched quote is highlighted in the untouched paragraph.
/// </summary>
public sealed class MatchableText
{
    // Null when folding changed nothing (most paragraphs: their spaces are collapsed already), and a
    // position maps to itself; otherwise one entry per folded character plus the end.
    private readonly int[]? _map;

    public MatchableText(string original)
    {
        Original = original;
        if (!ChangesWhenFolded(original))
        {
            Folded = original;
            return;
        }

        var folded = new StringBuilder(original.Length);
        var map = new List<int>(original.Length + 1);
        // A collapsed space maps to the first white space of its run, as it does when nothing is folded
        // (then a single inner space maps to itself), so both paths give the same positions.
        var spaceAt = -1;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (char.IsWhiteSpace(c))
            {
                if (spaceAt < 0 && folded.Length > 0) spaceAt = i;
                continue;
            }

            if (spaceAt >= 0)
            {
                folded.Append(' ');
                map.Add(spaceAt);
                spaceAt = -1;
            }

            folded.Append(Fold(c));
            map.Add(i);
        }

        map.Add(original.Length);
        Folded = folded.ToString();
        _map = [.. map];
    }

    public string Original { get; }

    public string Folded { get; }

    /// <summary>The index in <see cref="Original"/> of folded position <paramref name="foldedIndex"/> (or its end).</summary>
    public int OriginalIndex(int foldedIndex) => _map is null ? foldedIndex : _map[foldedIndex];

    /// <summary>Finds <paramref name="quote"/>; returns the original start and length, or null.</summary>
    public (int Start, int Length)? Find(string quote)
    {
        var needle = new MatchableText(quote).Folded;
        if (needle.Length == 0) return null;
        var at = Folded.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0) return null;
        var start = OriginalIndex(at);
        var end = OriginalIndex(at + needle.Length - 1) + 1;
        return (start, end - start);
    }

    public static string FoldText(string text) => new MatchableText(text).Folded;

    /// <summary>Whether folding would change the text: white space other than single inner spaces, or a character that folds.</summary>
    private static bool ChangesWhenFolded(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Fold(c) != c) return true;
            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i + 1]))) return true;
        }

        return false;
    }

    private static char Fold(char c) => c switch
    {
        '‘' or '’' or '‚' or '‛' or '′' or '`' => '\'',
        '“' or '”' or '„' or '‟' or '″' or '«' or '»' => '"',
        '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' => '-',
        _ => c,
    };
}
