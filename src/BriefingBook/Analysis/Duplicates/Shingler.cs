namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// Word shingles for near-duplicate detection. A word is a run of letters and digits (an apostrophe inside a
/// word, as in "Russia's", belongs to it), lower-cased, so punctuation, quote styles and capitals never make
/// two copies differ. Each word is hashed to 64 bits (FNV-1a) straight from the text, without allocating
/// it; a shingle is <see cref="DuplicateOptions.ShingleSize"/> consecutive words, its hash a polynomial of
/// theirs, so a shingle set is a sorted array of numbers and a collision between different phrases is negligible.
/// Each shingle also has a <em>wording</em> hash, in which every word containing a digit is the same word: "fees
/// are 1-1/4 pct" and "fees are 5/8 pct" share their wording, which is how a wire formula filled with different
/// figures is recognised as one formula.
/// </summary>
public static class Shingler
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong Mix = 0x9E3779B97F4A7C15UL;

    /// <summary>The hash every word containing a digit has in a wording hash.</summary>
    private const ulong Figure = 0x6A09E667F3BCC908UL;

    /// <summary>The hash of each word of <paramref name="text"/>, in order.</summary>
    public static List<ulong> WordHashes(string text) => WordHashes(text, null);

    /// <summary>
    /// The hash of each word of <paramref name="text"/>, in order; when <paramref name="figures"/> is given, it
    /// receives, for each word, whether the word contains a digit.
    /// </summary>
    public static List<ulong> WordHashes(string text, List<bool>? figures)
    {
        var words = new List<ulong>(text.Length / 6);
        var hash = Offset;
        var inWord = false;
        var digit = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
                digit |= char.IsDigit(c);
                inWord = true;
            }
            else if (inWord && c is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                hash = (hash ^ '\'') * Prime;
            }
            else if (inWord)
            {
                words.Add(hash);
                figures?.Add(digit);
                hash = Offset;
                inWord = false;
                digit = false;
            }
        }

        if (inWord)
        {
            words.Add(hash);
            figures?.Add(digit);
        }

        return words;
    }

    /// <summary>
    /// The distinct shingles of a word list, sorted, each with its wording hash (<see cref="Shingler"/>): two
    /// arrays of one length, empty when there are fewer than <paramref name="size"/> words.
    /// </summary>
    public static (ulong[] Shingles, ulong[] Wordings) ShinglesAndWordings(List<ulong> words, List<bool> figures, int size)
    {
        if (words.Count < size) return ([], []);
        var shingles = new ulong[words.Count - size + 1];
        var wordings = new ulong[shingles.Length];
        for (var i = 0; i < shingles.Length; i++)
        {
            ulong hash = 0UL, wording = 0UL;
            for (var k = 0; k < size; k++)
            {
                hash = (hash * Mix) ^ words[i + k];
                wording = (wording * Mix) ^ (figures[i + k] ? Figure : words[i + k]);
            }

            shingles[i] = hash;
            wordings[i] = wording;
        }

        Array.Sort(shingles, wordings);
        var distinct = 0;
        for (var i = 0; i < shingles.Length; i++)
        {
            if (i > 0 && shingles[i] == shingles[i - 1]) continue;
            shingles[distinct] = shingles[i];
            wordings[distinct++] = wordings[i];
        }

        return (shingles[..distinct], wordings[..distinct]);
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
