namespace BriefingBook.Analysis.Mentions;

/// <summary>
/// Splits a paragraph into sentences for mention backlinks and co-occurrence. A sentence ends at '.', '!' or
/// '?' (with any closing quotes or brackets) followed by white space and a capital, digit or opening quote;
/// common abbreviations ("Mr.", "U.S.") and single initials do not end one. News prose is regular enough that
/// this is right far more often than not, and a wrong split only shortens a backlink's context.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "pres",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vs", "etc", "inc", "ltd", "co", "corp", "u.s", "u.n", "u.k", "e.g", "i.e",
    };

    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')' or ']' or '.') end++;
            if (end >= text.Length || !char.IsWhiteSpace(text[end])) continue;
            var next = SkipSpace(text, end);
            if (next >= text.Length || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '\'' or '‘')) continue;
            if (text[i] == '.' && IsAbbreviation(text, i)) continue;
            sentences.Add((start, end - start));
            start = next;
            i = next - 1;
        }

        if (start < text.Length)
        {
            var end = text.Length;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end > start) sentences.Add((start, end - start));
        }

        return sentences;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var from = dot;
        while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '.')) from--;
        var word = text[from..dot];
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
