using System.Text;

namespace BriefingBook.Editing;

/// <summary>File names for proposed entries: lower-case words joined by hyphens, as ids must be.</summary>
public static class Slug
{
    /// <summary>The first <paramref name="maxWords"/> content words of <paramref name="text"/> as an id.</summary>
    public static string From(string text, int maxWords)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD) + " ")
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’' || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // "Ma’arij" → "maarij", "é" → "e"
            }
            else if (word.Length > 0)
            {
                var w = word.ToString();
                word.Clear();
                if (words.Count > 0 && CommonWords.IsCommon(w) && w.Length < 4) continue;
                words.Add(w);
                if (words.Count == maxWords) break;
            }
        }

        return words.Count == 0 ? "untitled" : string.Join('-', words);
    }

    /// <summary><paramref name="id"/>, or with -2, -3 … added until it is not taken.</summary>
    public static string Unique(string id, ICollection<string> taken)
    {
        var candidate = id;
        for (var n = 2; taken.Contains(candidate); n++) candidate = $"{id}-{n}";
        taken.Add(candidate);
        return candidate;
    }
}
