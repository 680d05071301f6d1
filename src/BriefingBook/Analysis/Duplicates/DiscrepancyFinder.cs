using System.Text.RegularExpressions;

namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// Reads a word diff for edits that change a fact rather than the wording. Only short replacements count (one
/// copy says X where the other says Y, in at most <see cref="MaxEditWords"/> words a side): a copy that merely
/// drops or adds words omits, it does not contradict, and a rewritten clause is a rewrite, not a changed fact.
/// Punctuation and capitals are not edits ("350 mln dlr" / "350-mln-dlr", "said." / "said today." is an
/// addition). A change is a date if either side has a month, weekday, year or relative day ("yesterday",
/// "last week"), else a number if either side has a digit or a number word, else a name if each side has a
/// capitalised word, not a common sentence opener, that the other lacks (one name replaced by another).
/// </summary>
public static partial class DiscrepancyFinder
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "This", "That", "These", "Those", "But", "And", "As", "According",
    };

    /// <summary>Longest replacement, in words a side, read as a changed fact rather than a rewrite.</summary>
    public const int MaxEditWords = 3;

    public static IReadOnlyList<Discrepancy> Find(IReadOnlyList<DiffSegment> diff)
    {
        var found = new List<Discrepancy>();
        for (var i = 0; i < diff.Count; i++)
        {
            if (diff[i].Op != DiffOp.Removed || i + 1 >= diff.Count || diff[i + 1].Op != DiffOp.Added) continue;
            var (first, second) = (diff[i].Text, diff[i + 1].Text);
            if (!IsEdit(first, second))
            {
                i++;
                continue;
            }

            // "December 2" → "December 3" changes only "2": the unchanged neighbours say it is a date.
            var before = i > 0 && diff[i - 1].Op == DiffOp.Same ? LastWord(diff[i - 1].Text) : "";
            var after = i + 2 < diff.Count && diff[i + 2].Op == DiffOp.Same ? FirstWord(diff[i + 2].Text) : "";
            if (Classify(first, second, before, after) is { } kind)
            {
                // A lone changed word means little out of context: show one unchanged word either side.
                found.Add(first.Split(' ').Length <= 2 && second.Split(' ').Length <= 2
                    ? new Discrepancy(kind, $"{before} {first} {after}".Trim(), $"{before} {second} {after}".Trim())
                    : new Discrepancy(kind, first, second));
            }

            i++;
        }

        return found;
    }

    public static DiscrepancyKind? Classify(string first, string second, string before = "", string after = "")
    {
        if (DatePattern().IsMatch(first) || DatePattern().IsMatch(second)) return DiscrepancyKind.Date;
        var numeric = NumberPattern().IsMatch(first) || NumberPattern().IsMatch(second);
        if (numeric && (MonthPattern().IsMatch(before) || MonthPattern().IsMatch(after))) return DiscrepancyKind.Date;
        if (numeric) return DiscrepancyKind.Number;
        if (HasName(first, second) && HasName(second, first)) return DiscrepancyKind.Name;
        return null;
    }

    /// <summary>
    /// Whether replacing <paramref name="first"/> by <paramref name="second"/> changes words, not just
    /// punctuation, capitals or where a word breaks, and is short enough to be an edit: the words both sides
    /// start or end with (compared on letters and digits) are set aside first, and what remains must be
    /// non-empty on both sides.
    /// </summary>
    private static bool IsEdit(string first, string second)
    {
        var a = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Key).Where(k => k.Length > 0).ToList();
        var b = second.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Key).Where(k => k.Length > 0).ToList();
        while (a.Count > 0 && b.Count > 0 && a[0] == b[0])
        {
            a.RemoveAt(0);
            b.RemoveAt(0);
        }

        while (a.Count > 0 && b.Count > 0 && a[^1] == b[^1])
        {
            a.RemoveAt(a.Count - 1);
            b.RemoveAt(b.Count - 1);
        }

        return a.Count > 0 && b.Count > 0 && a.Count <= MaxEditWords && b.Count <= MaxEditWords && string.Concat(a) != string.Concat(b);
    }

    private static string Key(string word) => string.Concat(word.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    /// <summary>A capitalised word in <paramref name="text"/> that the other side lacks in any case ("The talks" / "Talks" is no name change).</summary>
    private static bool HasName(string text, string other)
    {
        var others = Words(other).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Words(text).Any(w => char.IsUpper(w[0]) && !Openers.Contains(w) && !others.Contains(w));
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '\'', '“', '”', '‘', '’', ',', '.', ';', ':', '(', ')'))
            .Where(w => w.Length > 0);

    [GeneratedRegex(@"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|(?:last|this|next)\s+(?:week|month|year)|ago|1[5-9]\d\d|20\d\d|\d{1,2}(?:st|nd|rd|th))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    private static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..];

    private static string FirstWord(string text) => text.Split(' ', 2)[0];

    [GeneratedRegex(@"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|first|second|third|fourth|fifth|half|double|triple)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
