using System.Text.RegularExpressions;

namespace BriefingBook.Editing;

/// <summary>
/// Finds the runs of capitalised words in a sentence ("Nargis Rahimi", "Russian Chamber of Commerce and
/// Industry"), which is how English prose writes the names of people, organisations and states. A run may
/// hold "of", "and" or "the" between capitalised words; a sentence's first word is dropped when it is a
/// common word capitalised only by its place ("The", "After"); month and weekday names, and adjectives of
/// nationality ("Russian", "Chinese") standing alone, are not names.
/// </summary>
public static partial class NameCandidates
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "I", "Mr", "Mrs", "Ms", "Dr", "Read", "Advertisement",
    };

    public static IReadOnlyList<CapitalisedName> Find(string sentence)
    {
        var names = new List<CapitalisedName>();
        foreach (var (value, index) in Runs(sentence))
        {
            var words = value.Split(' ');
            var start = index;
            // A capitalised common word at the start of the sentence is not part of a name: "The Kremlin", "After Moscow".
            while (words.Length > 0 && NotAName(words[0]))
            {
                start += words[0].Length + 1;
                words = words[1..];
            }

            while (words.Length > 0 && NotAName(words[^1])) words = words[..^1];
            if (words.Length > 0) words[^1] = Possessive().Replace(words[^1], "");
            if (words.Length == 0) continue;
            if (words.Length == 1 && IsAdjective(words[0])) continue;
            var text = string.Join(' ', words);
            if (!text.Any(char.IsLetter)) continue;
            names.Add(new CapitalisedName(text, start));
        }

        return names;
    }

    /// <summary>
    /// The runs, with "A and B" split in two unless an "of" comes first ("Chamber of Commerce and Industry" is
    /// one name, "Herat and Mazar-i-Sharif" two).
    /// </summary>
    private static IEnumerable<(string Value, int Index)> Runs(string sentence)
    {
        foreach (Match m in Run().Matches(sentence))
        {
            var value = Spaces().Replace(m.Value, " ");
            // "Karim Sadiq of the Transit Bureau" is a person and an organisation; "Ministry of Foreign Affairs"
            // and "Islamic Emirate of Afghanistan" are one name: "of" continues a name after an institution's word.
            var ofAt = value.IndexOf(" of ", StringComparison.Ordinal);
            if (ofAt > 0 && value.Length == m.Value.Length)
            {
                var head = value[..ofAt].Split(' ');
                if (head.Length >= 2 && !KindGuess.IsInstitution(head[^1]))
                {
                    yield return (value[..ofAt], m.Index);
                    var rest = value[(ofAt + 4)..];
                    var skip = rest.StartsWith("the ", StringComparison.Ordinal) ? 4 : 0;
                    yield return (rest[skip..], m.Index + ofAt + 4 + skip);
                    continue;
                }
            }

            var and = value.IndexOf(" and ", StringComparison.Ordinal);
            var of = value.IndexOf(" of ", StringComparison.Ordinal);
            if (and < 0 || (of >= 0 && of < and) || value.Length != m.Value.Length)
            {
                yield return (value, m.Index);
                continue;
            }

            yield return (value[..and], m.Index);
            yield return (value[(and + 5)..], m.Index + and + 5);
        }
    }

    // "US" is a name even though "us" is a common word: only words with a lower-case letter can be common.
    // "We're", "It's": a common word with a contraction is still a common word.
    private static bool NotAName(string word)
    {
        var stem = word.Split('\'', '’')[0];
        return (CommonWords.IsCommon(stem) && stem.Any(char.IsLower)) || NotNames.Contains(word);
    }

    /// <summary>Whether a word is an adjective of nationality ("Russian", "Chinese") rather than a name.</summary>
    public static bool IsNationality(string word) => IsAdjective(word);

    /// <summary>"Russian", "Chinese", "Western": adjectives that are capitalised in English but name no one alone.</summary>
    private static bool IsAdjective(string word) =>
        word.Length > 4 && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
            || word.EndsWith("ern", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
            || word.EndsWith("can", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal));

    // Capitalised words (with inner apostrophes and hyphens: "Ma’arij", "ISIS-K"), joined by spaces or by
    // "of", "and", "the", "for" when a capitalised word follows.
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}]*(?:['’\-][\p{L}\p{N}]+)*(?:\s+(?:(?:of|and|the|for|de|al|bin)\s+)*\p{Lu}[\p{L}\p{N}]*(?:['’\-][\p{L}\p{N}]+)*)*", RegexOptions.CultureInvariant)]
    private static partial Regex Run();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"['’]s$", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();
}
