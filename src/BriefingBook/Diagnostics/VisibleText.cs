using System.Globalization;
using System.Text;

namespace BriefingBook.Diagnostics;

/// <summary>
/// Makes text safe to print on one line of a terminal or CI log. A diagnostic quotes what an editor wrote,
/// and a pull request is hostile input: a newline in a field name could forge a second line (even a CI
/// workflow command such as <c>::error file=…::</c>), and zero-width or bidi-override characters would be
/// invisible or reorder the line. Every such character is written as <c>&lt;U+XXXX&gt;</c> instead.
/// </summary>
public static class VisibleText
{
    public static string Escape(string text)
    {
        var i = 0;
        while (i < text.Length && !NeedsEscape(text, i)) i++;
        if (i == text.Length) return text;

        var sb = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (NeedsEscape(text, i))
                sb.Append("<U+").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
            else
                sb.Append(text[i]);
        }

        return sb.ToString();
    }

    /// <summary>True for characters that are invisible or change how a line is shown: controls, format characters (zero-width, bidi), line and paragraph separators, lone surrogates.</summary>
    public static bool IsInvisible(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;

    /// <summary>Bidi embeddings, overrides and isolates: they reorder how text is displayed ("Trojan source").</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static bool NeedsEscape(string text, int i)
    {
        var c = text[i];
        if (c < 0x80) return c < 0x20 || c == 0x7F;
        if (char.IsHighSurrogate(c)) return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        return IsInvisible(c);
    }
}
