using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingBook.Content.Articles;

/// <summary>
/// Words, weight and sentences of a line in any script. Spaced scripts (Latin, Cyrillic, Arabic, Devanagari,
/// Hangul…) count words between spaces; Chinese and Japanese count about one word per two characters, and
/// Thai, Lao, Khmer and Burmese one per four, because they write no spaces between words.
/// </summary>
internal static partial class ScriptText
{
    // Marks that end a sentence in the scripts the web writes in: Latin, Greek and Cyrillic . ! ?, CJK
    // full-width 。！？, Devanagari danda । ॥, Arabic ؟ and ۔ (Urdu).
    private const string SentenceEnds = ".!?。！？।॥؟۔｡";

    // Closing quotes and brackets that may follow a sentence end: …said.” …だ。」 …(AP).)
    private const string Closers = "\"'”’»)]}」』）】》〉›";

    public static int WordCount(ReadOnlySpan<char> line)
    {
        // One pass, no regex: this runs several times on every line of every seed. A token starts with a
        // letter or digit and goes on through letters, marks, digits, apostrophes and hyphens.
        var words = 0;
        var spaceless = 0;
        var spacelessPerWord = 2;
        var inToken = false;
        var spacedPart = false;

        void Flush()
        {
            if (spaceless > 0) words += (spaceless + spacelessPerWord - 1) / spacelessPerWord;
            spaceless = 0;
        }

        foreach (var c in line)
        {
            var wordChar = char.IsLetterOrDigit(c) || (inToken && (c is '\'' or '’' or '-' || IsMark(c)));
            if (!wordChar)
            {
                if (inToken)
                {
                    Flush();
                    if (spacedPart) words++;
                }

                inToken = spacedPart = false;
                continue;
            }

            inToken = true;
            var kind = Spaceless(c);
            if (kind == 0)
            {
                spacedPart = true;
                continue;
            }

            if (kind != spacelessPerWord) Flush();
            spacelessPerWord = kind;
            spaceless++;
        }

        if (inToken)
        {
            Flush();
            if (spacedPart) words++;
        }

        return words;
    }

    /// <summary>
    /// How much text a line carries, for comparing blocks of one page: letters and digits, with a character
    /// of a spaceless script worth three (a Chinese character carries about as much as a short word).
    /// </summary>
    public static int Weight(ReadOnlySpan<char> line)
    {
        var weight = 0;
        foreach (var c in line)
        {
            if (Spaceless(c) > 0) weight += 3;
            else if (char.IsLetterOrDigit(c) || c == ' ' || IsMark(c)) weight++;
        }

        return weight;
    }

    /// <summary>
    /// Whether a line holds a sentence: it ends on a sentence mark (perhaps followed by a closing quote or
    /// bracket), or a sentence mark inside it is followed by the next sentence. Abbreviations ("U.S. envoy")
    /// and "19th-century" do not count. Thai and its neighbours write no sentence marks, so a long line is a
    /// sentence there.
    /// </summary>
    public static bool HasSentence(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd().TrimEnd(Closers).TrimEnd();
        if (trimmed.Length > 0 && SentenceEnds.Contains(trimmed[^1], StringComparison.Ordinal) && !IsEllipsis(trimmed)) return true;
        if (SentenceBreak().IsMatch(line) || FullWidthBreak().IsMatch(line)) return true;
        return MostlyUnpunctuatedScript(line) && WordCount(line) >= 12;
    }

    /// <summary>A truncated summary ends in "…" or "...": a teaser, not a paragraph.</summary>
    public static bool EndsInEllipsis(ReadOnlySpan<char> line) => IsEllipsis(line.TrimEnd().TrimEnd(Closers).TrimEnd());

    private static bool IsEllipsis(ReadOnlySpan<char> trimmed) =>
        trimmed.EndsWith("…", StringComparison.Ordinal) || trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith("・・・", StringComparison.Ordinal);

    /// <summary>0 for a spaced script; else the characters per word of a script written without spaces.</summary>
    private static int Spaceless(char c) => c switch
    {
        >= '\u3040' and <= '\u30FF' => 2, // Hiragana, Katakana
        >= '\u3400' and <= '\u4DBF' => 2, // CJK extension A
        >= '\u4E00' and <= '\u9FFF' => 2, // CJK unified ideographs
        >= '\uF900' and <= '\uFAFF' => 2, // CJK compatibility ideographs
        >= '\uFF66' and <= '\uFF9D' => 2, // half-width Katakana
        >= '\u0E00' and <= '\u0EFF' => 4, // Thai, Lao
        >= '\u1000' and <= '\u109F' => 4, // Myanmar
        >= '\u1780' and <= '\u17FF' => 4, // Khmer
        _ => 0,
    };

    // Devanagari, Thai and Arabic write vowels as combining marks: they are text too.
    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool MostlyUnpunctuatedScript(ReadOnlySpan<char> line)
    {
        var thai = 0;
        var letters = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c) && !IsMark(c)) continue;
            letters++;
            if (Spaceless(c) == 4) thai++;
        }

        return letters > 0 && thai * 2 > letters;
    }

    // "…Kabul. The envoy…", "…قال؟ ثم…": two lowercase or caseless letters, a mark, a space, then a capital
    // or a caseless letter. The two letters keep "U.S. envoy" and "Dr. Smith" from counting.
    [GeneratedRegex(@"[\p{Ll}\p{Lo}\p{M}]{2}[.!?؟।॥۔][""”’»)]?\s+[""“‘«(]?[\p{Lu}\p{Lo}]", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    // Full-width marks end a sentence without a following space: "…した。次に…".
    [GeneratedRegex(@"[。！？｡][」』）”]?.", RegexOptions.CultureInvariant)]
    private static partial Regex FullWidthBreak();
}
