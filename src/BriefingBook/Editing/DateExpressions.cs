using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBook.Content.Dates;

namespace BriefingBook.Editing;

/// <summary>
/// Finds the date phrases of English news prose and reads each as a <see cref="PartialDate"/> with only the
/// precision its words give: "3 July 2025" is a day, "April 2025" a month, "the 1980s" a decade. Relative
/// phrases ("on Friday", "last October", "four years ago", "last week", a day and month without a year) are
/// resolved against the article's own date, and only as far as that date is known: a weekday needs the
/// article's day, "last October" its month, "four years ago" its year. Each reading is explained in words, so
/// an editor can check it.
/// </summary>
public static partial class DateExpressions
{
    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["twenty"] = 20,
    };

    /// <summary>Every date phrase in <paramref name="text"/>, in order, none overlapping (the longest reading wins).</summary>
    public static IReadOnlyList<DateMention> Find(string text, PartialDate? articleDate)
    {
        var found = new List<DateMention>();
        var taken = new bool[text.Length];

        void Take(Regex pattern, Func<Match, DateMention?> read)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (Enumerable.Range(m.Index, m.Length).Any(i => taken[i])) continue;
                var mention = read(m);
                if (mention is null) continue;
                for (var i = m.Index; i < m.Index + m.Length; i++) taken[i] = true;
                found.Add(mention);
            }
        }

        var anchor = articleDate?.Start;
        // Most sentences have no date: run each pattern only when the words it needs are there.
        var digits = text.Any(char.IsAsciiDigit);
        var months = MonthWord().IsMatch(text);
        if (digits) Take(Iso(), m => Absolute(m, Int(m, "y"), Int(m, "m"), Int(m, "d")));
        if (digits && months)
        {
            Take(DayMonthYear(), m => DayAndMonth(m, MonthOf(m), Int(m, "d"), m.Groups["y"].Success ? Int(m, "y") : null, anchor, articleDate));
            Take(MonthDayYear(), m => DayAndMonth(m, MonthOf(m), Int(m, "d"), m.Groups["y"].Success ? Int(m, "y") : null, anchor, articleDate));
            Take(MonthYear(), m => Absolute(m, Int(m, "y"), MonthOf(m), 0));
        }

        if (months)
        {
            Take(RelativeMonth(), m => NamedMonth(m, MonthOf(m), m.Groups["rel"].Value.ToLowerInvariant(), anchor, articleDate));
            Take(BareMonth(), m => NamedMonth(m, MonthOf(m), "", anchor, articleDate));
        }

        if (digits)
        {
            Take(Decade(), m => Mention(m, PartialDate.Parse(m.Groups["y"].Value + "s"), false, "a decade"));
            Take(Century(), m => Mention(m, PartialDate.Parse($"{Int(m, "n")}{Suffix(Int(m, "n"))} century"), false, "a century"));
        }

        if (text.Contains(" ago", StringComparison.OrdinalIgnoreCase)) Take(Ago(), m => Ago(m, anchor, articleDate));
        Take(Period(), m => Period(m, anchor, articleDate));
        if (text.Contains("day", StringComparison.Ordinal)) Take(Weekday(), m => Weekday(m, anchor, articleDate));
        if (digits) Take(Year(), m => Absolute(m, Int(m, "y"), 0, 0));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Whether the text names a date at all, resolvable or not.</summary>
    public static bool HasDate(string text) => Find(text, null).Count > 0;

    private static DateMention? Absolute(Match m, int year, int month, int day)
    {
        var written = month == 0 ? Four(year) : day == 0 ? $"{Four(year)}-{Two(month)}" : $"{Four(year)}-{Two(month)}-{Two(day)}";
        var date = PartialDate.TryParse(written, out _);
        return date is null ? null : Mention(m, date, false, "stated");
    }

    private static DateMention? DayAndMonth(Match m, int month, int day, int? year, DatePoint? anchor, PartialDate? articleDate)
    {
        if (year is { } y) return Absolute(m, y, month, day);
        if (day > 31) return null;
        if (anchor is not { } a || a.Precision < DatePrecision.Year)
            return Unresolved(m, "a day and month without a year, and the article's year is not known");
        // The article reports the past: a day after the article's own date belongs to the year before.
        var year2 = a.Precision >= DatePrecision.Month && (month > a.Month || (month == a.Month && a.Precision == DatePrecision.Day && day > a.Day)) ? a.Year - 1 : a.Year;
        var date = PartialDate.TryParse($"{Four(year2)}-{Two(month)}-{Two(day)}", out _);
        if (date is null) return null;
        var approximate = a.Precision < DatePrecision.Month || articleDate!.Approximate;
        return Mention(m, date.AsApproximate(approximate), true,
            $"no year given; {Four(year2)} is the article's year{(year2 != a.Year ? " before its date" : "")} ({articleDate!.ToDisplay()})");
    }

    private static DateMention? NamedMonth(Match m, int month, string relation, DatePoint? anchor, PartialDate? articleDate)
    {
        if (anchor is not { } a || a.Precision < DatePrecision.Year)
            return Unresolved(m, "a month without a year, and the article's year is not known");
        int year;
        if (relation.StartsWith("last", StringComparison.Ordinal))
        {
            if (a.Precision < DatePrecision.Month) return Unresolved(m, "“last” a month needs the article's month, which is not known");
            year = month < a.Month ? a.Year : a.Year - 1;
        }
        else if (relation.StartsWith("next", StringComparison.Ordinal))
        {
            if (a.Precision < DatePrecision.Month) return Unresolved(m, "“next” a month needs the article's month, which is not known");
            year = month > a.Month ? a.Year : a.Year + 1;
        }
        else if (relation.Length > 0)
        {
            year = a.Year; // "this October", "earlier this October"
        }
        else
        {
            year = a.Precision >= DatePrecision.Month && month > a.Month ? a.Year - 1 : a.Year;
        }

        var date = PartialDate.Parse($"{Four(year)}-{Two(month)}").AsApproximate(articleDate!.Approximate || a.Precision < DatePrecision.Month);
        return Mention(m, date, true, $"resolved against the article's date ({articleDate.ToDisplay()}): {date.ToDisplay()}");
    }

    private static DateMention? Ago(Match m, DatePoint? anchor, PartialDate? articleDate)
    {
        var n = int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
            : NumberWords.GetValueOrDefault(m.Groups["n"].Value);
        if (n == 0) return null;
        var unit = m.Groups["u"].Value.ToLowerInvariant().TrimEnd('s');
        var needed = unit switch { "year" or "decade" => DatePrecision.Year, "month" => DatePrecision.Month, _ => DatePrecision.Day };
        if (anchor is not { } a || a.Precision < needed)
            return Unresolved(m, $"“{m.Value}” needs the article's {needed.ToString().ToLowerInvariant()}, which is not known");
        var day = new DateOnly(a.Year, Math.Max(a.Month, 1), Math.Max(a.Day, 1));
        var date = unit switch
        {
            "decade" => PartialDate.Parse(Four(a.Year - 10 * n)),
            "year" => PartialDate.Parse(Four(a.Year - n)),
            "month" => PartialDate.Parse(day.AddMonths(-n).ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            "week" => PartialDate.Parse(day.AddDays(-7 * n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => PartialDate.Parse(day.AddDays(-n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        };
        // "Four years ago" is a round figure: the result is approximate however precise the article's date is.
        return Mention(m, date.AsApproximate(true), true, $"counted back from the article's date ({articleDate!.ToDisplay()}): about {date.ToDisplay()}");
    }

    private static DateMention? Period(Match m, DatePoint? anchor, PartialDate? articleDate)
    {
        var phrase = CollapseSpaces(m.Value.ToLowerInvariant());
        var needed = phrase switch
        {
            "yesterday" or "today" or "tonight" or "this morning" or "this week" or "last week" or "earlier this week" => DatePrecision.Day,
            "this month" or "last month" or "earlier this month" or "next month" => DatePrecision.Month,
            _ => DatePrecision.Year,
        };
        if (anchor is not { } a || a.Precision < needed)
            return Unresolved(m, $"“{m.Value}” needs the article's {needed.ToString().ToLowerInvariant()}, which is not known");
        var day = new DateOnly(a.Year, Math.Max(a.Month, 1), Math.Max(a.Day, 1));
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var text = phrase switch
        {
            "yesterday" => Day(day.AddDays(-1)),
            "today" or "tonight" or "this morning" => Day(day),
            "this week" or "earlier this week" => monday == day ? Day(day) : $"{Day(monday)}..{Day(day)}",
            "last week" => $"{Day(monday.AddDays(-7))}..{Day(monday.AddDays(-1))}",
            "this month" or "earlier this month" => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            "last month" => day.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            "next month" => day.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            "last year" => Four(a.Year - 1),
            "next year" => Four(a.Year + 1),
            _ => Four(a.Year), // this year, earlier this year
        };
        var date = PartialDate.Parse(text).AsApproximate(articleDate!.Approximate);
        return Mention(m, date, true, $"resolved against the article's date ({articleDate.ToDisplay()}): {date.ToDisplay()}");
    }

    private static DateMention? Weekday(Match m, DatePoint? anchor, PartialDate? articleDate)
    {
        var wanted = Array.FindIndex(Weekdays, w => w.Equals(m.Groups["wd"].Value, StringComparison.OrdinalIgnoreCase));
        if (anchor is not { } a || a.Precision < DatePrecision.Day)
            return Unresolved(m, $"a weekday, and the article's day is not known{(articleDate is null ? "" : $" (only {articleDate.ToDisplay()})")}");
        var day = new DateOnly(a.Year, a.Month, a.Day);
        var back = ((int)day.DayOfWeek - wanted + 7) % 7;
        if (back == 0 && m.Groups["last"].Success) back = 7;
        var date = PartialDate.Parse(Day(day.AddDays(-back))).AsApproximate(articleDate!.Approximate);
        var which = back == 0 ? "the article's own day" : $"the {Weekdays[wanted]} before the article's date ({articleDate.ToDisplay()}, a {day.DayOfWeek})";
        return Mention(m, date, true, $"read as {which}: {date.ToDisplay()}");
    }

    private static DateMention Mention(Match m, PartialDate date, bool relative, string reading) => new(m.Value, m.Index, date, relative, reading);

    private static DateMention Unresolved(Match m, string why) => new(m.Value, m.Index, null, true, "not resolved: " + why);

    private static int MonthOf(Match m)
    {
        var name = m.Groups["mon"].Value[..3];
        return Array.FindIndex(Enumerable.Range(1, 12).Select(DatePoint.MonthName).ToArray(), n => n.StartsWith(name, StringComparison.OrdinalIgnoreCase)) + 1;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Four(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string Two(int n) => n.ToString("D2", CultureInfo.InvariantCulture);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Suffix(int n) => (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };

    private static string CollapseSpaces(string s) => Spaces().Replace(s, " ").Trim();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + Month + @")\b\.?(?:,?\s+(?<y>\d{4})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<mon>" + Month + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:\s*,\s*(?<y>\d{4})\b|\s+(?<y>\d{4})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<mon>" + Month + @")\.?,?\s+(?:of\s+)?(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<rel>[Ll]ast|[Nn]ext|[Ee]arlier this|[Tt]his)\s+(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeMonth();

    [GeneratedRegex(@"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BareMonth();

    [GeneratedRegex(@"\b(?<y>1\d{2}0|20\d0)s\b", RegexOptions.CultureInvariant)]
    private static partial Regex Decade();

    [GeneratedRegex(@"\b(?<n>\d{1,2})(?:st|nd|rd|th)[\s-]century\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Century();

    [GeneratedRegex(@"\b(?<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+(?<u>years?|months?|weeks?|days?|decades?)\s+ago\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    [GeneratedRegex(@"\b(?:yesterday|today|tonight|this\s+morning|(?:earlier\s+)?this\s+week|last\s+week|(?:earlier\s+)?this\s+month|last\s+month|next\s+month|(?:earlier\s+)?this\s+year|last\s+year|next\s+year)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"\b(?:(?<last>last)\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?<![\d,.$])\b(?<y>1[6-9]\d\d|20\d\d)\b(?!\d|,\d|s\b|'s)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(?:" + Month + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthWord();
}
