namespace BriefingBook.Editing;

/// <summary>
/// English function words and the most common words of news prose, which say nothing about which event a
/// sentence reports; and a light stemmer, so "accepted" and "accepts", "credentials" and "credential" meet.
/// </summary>
public static class CommonWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
        "into", "onto", "over", "under", "about", "after", "before", "since", "during", "while", "when", "where",
        "which", "who", "whom", "whose", "what", "that", "this", "these", "those", "there", "here", "it", "its",
        "he", "she", "they", "them", "their", "his", "her", "we", "our", "us", "you", "your", "i", "my", "me",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
        "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "so", "than", "then",
        "also", "very", "more", "most", "such", "other", "others", "some", "any", "all", "each", "both", "one",
        "said", "says", "say", "told", "according", "stated", "added", "noted", "new", "now", "still", "just",
        "however", "meanwhile", "although", "though", "because", "until", "against", "between", "among", "per",
        "up", "out", "down", "off", "again", "further", "once", "only", "own", "same", "too", "how", "why",
        "even", "yet", "many", "much", "well", "last", "next", "first", "year", "years", "week", "month", "day",
        "former", "top", "senior", "later", "earlier", "late", "early", "several", "another", "meanwhile", "notably",
        "essentially", "today", "yesterday", "instead", "despite", "amid", "under", "unlike", "following", "like", "within", "without", "through", "across", "toward", "towards",
    };

    public static bool IsCommon(string word) => Words.Contains(word);

    /// <summary>The distinct content words of a text, stemmed and lower-cased, in the order they first appear.</summary>
    public static IReadOnlyList<string> Stems(string text)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            var word = text[start..i];
            start = -1;
            if (word.Length < 3 || IsCommon(word) || word.All(char.IsDigit)) continue;
            var stem = Stem(word.ToLowerInvariant());
            if (seen.Add(stem)) result.Add(stem);
        }

        return result;
    }

    /// <summary>Strips the commonest English endings; crude on purpose: both sides of a comparison go through it.</summary>
    public static string Stem(string word)
    {
        // British and American spellings meet: "recognize" and "recognise", "organization" and "organisation".
        word = word.Replace("iz", "is", StringComparison.Ordinal);
        if (word.Length > 5 && word.EndsWith('e')) word = word[..^1];
        foreach (var ending in (string[])["ations", "ation", "ments", "ment", "ings", "ing", "ies", "ed", "es", "s"])
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
                return ending == "ies" ? word[..^3] + "y" : word[..^ending.Length];
        }

        return word;
    }
}
