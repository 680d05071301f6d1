namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// Word shingles for near-duplicate detection. A word is a run of letters and digits (an apostrophe inside a
/// word, as in "Russia's", belongs to it), lower-cased, so punctuation, quote styles and capitals never make
/// two copies differ. Each word is hashed to 64 bits (FNV-1a) straight from the text, without allocating
/// it; a shingle is <see cref="DuplicateOptions.ShingleSize"/> consecutive words, its hash a polynomial of
/// theirs, so a shingle set is a sorted array of numbers and a collision between different phrases is negligible.
/// </summary>
public static class Shingler
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong Mix = 0x9E3779B97F4A7C15UL;

    /// <summary>The hash of each word of <paramref name="text"/>, in order.</summary>
    public static List<ulong> WordHashes(string text)
    {
        var words = new List<ulong>(text.Length / 6);
        var hash = Offset;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
                inWord = true;
            }
            else if (inWord && c is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                hash = (hash ^ '\'') * Prime;
            }
            else if (inWord)
            {
                words.Add(hash);
                hash = Offset;
                inWord = false;
            }
        }

        if (inWord) words.Add(hash);
        return words;
    }

    /// <summary>The distinct shingle hashes of a word list, sorted; empty when there are fewer than <paramref name="size"/> words.</summary>
    public static ulong[] Shingles(List<ulong> words, int size)
    {
        if (words.Count < size) return [];
        var shingles = new ulong[words.Count - size + 1];
        for (var i = 0; i < shingles.Length; i++)
        {
            var hash = 0UL;
            for (var k = 0; k < size; k++) hash = (hash * Mix) ^ words[i + k];
            shingles[i] = hash;
        }

        Array.Sort(shingles);
        var distinct = 0;
        for (var i = 0; i < shingles.Length; i++)
        {
            if (i == 0 || shingles[i] != shingles[i - 1]) shingles[distinct++] = shingles[i];
        }

        return shingles[..distinct];
    }
}
