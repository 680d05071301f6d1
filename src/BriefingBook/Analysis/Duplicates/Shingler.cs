using System.Text;

namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// Words and word shingles for near-duplicate detection. A word is a run of letters and digits, lower-cased
/// (so punctuation, quote styles and capitals never make two copies differ); a shingle is
/// <see cref="DuplicateOptions.ShingleSize"/> consecutive words, hashed to 64 bits (FNV-1a), so a shingle
/// set is an array of numbers and a collision between different phrases is negligible.
/// </summary>
public static class Shingler
{
    public static IReadOnlyList<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        var word = new StringBuilder();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0) start = i;
                word.Append(char.ToLowerInvariant(c));
            }
            else if (start >= 0 && c is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "Russia's" is one word, as the reader sees it.
                word.Append('\'');
            }
            else if (start >= 0)
            {
                tokens.Add(new Token(start, i, word.ToString()));
                word.Clear();
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>The distinct shingle hashes of a token list, sorted; empty when there are fewer than <paramref name="size"/> words.</summary>
    public static ulong[] Shingles(IReadOnlyList<Token> tokens, int size)
    {
        if (tokens.Count < size) return [];
        var hashes = new HashSet<ulong>();
        for (var i = 0; i + size <= tokens.Count; i++)
        {
            var hash = 14695981039346656037UL;
            for (var k = 0; k < size; k++)
            {
                foreach (var c in tokens[i + k].Norm) hash = (hash ^ c) * 1099511628211UL;
                hash = (hash ^ ' ') * 1099511628211UL;
            }

            hashes.Add(hash);
        }

        var sorted = hashes.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
