using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingBook.Content.Dates;

/// <summary>
/// A date as precise as the evidence allows: a year, month or day, a decade or century, or a span
/// between two of those, possibly marked approximate. Immutable; compares in chronology order.
/// </summary>
public sealed partial class PartialDate : IComparable<PartialDate>, IEquatable<PartialDate>
{
    private PartialDate(DatePoint start, DatePoint end, bool isRange, bool approximate)
    {
        Start = start;
        End = end;
        IsRange = isRange;
        Approximate = approximate;
    }

    /// <summary>Stands in for a missing or invalid date in an entry that has already been reported as an error.</summary>
    public static PartialDate Placeholder { get; } = new(new DatePoint(1, 0, 0, DatePrecision.Year), new DatePoint(1, 0, 0, DatePrecision.Year), false, false);

    public DatePoint Start { get; }

    /// <summary>Equal to <see cref="Start"/> unless this is a span.</summary>
    public DatePoint End { get; }

    public bool IsRange { get; }

    public bool Approximate { get; }

    public DatePrecision Precision => Start.Precision;

    public PartialDate AsApproximate(bool approximate) =>
        approximate == Approximate ? this : new PartialDate(Start, End, IsRange, approximate);

    /// <summary>Parses the written forms listed in docs/content-model.md; <paramref name="error"/> says why not.</summary>
    public static PartialDate? TryParse(string text, out string? error)
    {
        error = null;
        var trimmed = text.Trim();
        var dots = trimmed.IndexOf("..", StringComparison.Ordinal);
        if (dots >= 0)
        {
            var start = ParsePoint(trimmed[..dots].Trim(), allowCoarse: false, out error);
            if (start is null) return null;
            var end = ParsePoint(trimmed[(dots + 2)..].Trim(), allowCoarse: false, out error);
            if (end is null) return null;
            if (end.Value.Latest < start.Value.Earliest)
            {
                error = $"the span `{trimmed}` ends before it starts";
                return null;
            }

            return new PartialDate(start.Value, end.Value, isRange: true, approximate: false);
        }

        var point = ParsePoint(trimmed, allowCoarse: true, out error);
        if (point is null) return null;
        return point.Value.Precision switch
        {
            // A decade or century is a span of years to the reader and to sorting, but written as one thing.
            DatePrecision.Decade => new PartialDate(point.Value, point.Value with { Year = point.Value.Year + 9 }, false, false),
            DatePrecision.Century => new PartialDate(point.Value, point.Value with { Year = point.Value.Year + 99 }, false, false),
            _ => new PartialDate(point.Value, point.Value, false, false),
        };
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var error) ?? throw new FormatException(error);

    private static DatePoint? ParsePoint(string text, bool allowCoarse, out string? error)
    {
        error = null;
        if (text.Any(c => char.IsDigit(c) && !char.IsAsciiDigit(c)))
        {
            error = $"`{text}` uses digits other than 0-9; write dates with ASCII digits, such as 2025-04-21";
            return null;
        }

        var m = FullDate().Match(text);
        if (m.Success)
        {
            var year = Int(m.Groups["y"].Value);
            if (year == 0)
            {
                error = $"`{text}` is year 0, which does not exist (1 BC is followed by AD 1); the earliest year is 0001";
                return null;
            }

            if (!m.Groups["m"].Success) return new DatePoint(year, 0, 0, DatePrecision.Year);
            var month = Int(m.Groups["m"].Value);
            if (month is < 1 or > 12)
            {
                error = $"`{text}` has no month {month}";
                return null;
            }

            if (!m.Groups["d"].Success) return new DatePoint(year, month, 0, DatePrecision.Month);
            var day = Int(m.Groups["d"].Value);
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                error = $"`{text}` is not a real day: {DatePoint.MonthName(month)} {year} has {DateTime.DaysInMonth(year, month)} days";
                return null;
            }

            return new DatePoint(year, month, day, DatePrecision.Day);
        }

        if (allowCoarse)
        {
            var decade = Decade().Match(text);
            if (decade.Success)
            {
                var year = Int(decade.Groups["y"].Value);
                if (year % 10 == 0 && year > 0) return new DatePoint(year, 0, 0, DatePrecision.Decade);
            }

            var century = Century().Match(text);
            if (century.Success)
            {
                var n = Int(century.Groups["n"].Value);
                if (n is >= 1 and <= 21) return new DatePoint((n - 1) * 100 + 1, 0, 0, DatePrecision.Century);
            }
        }

        error = allowCoarse
            ? $"`{text}` is not a date; write YYYY, YYYY-MM, YYYY-MM-DD, a decade (1980s), a century (19th century) or a span A..B"
            : $"`{text}` is not a date; each end of a span is YYYY, YYYY-MM or YYYY-MM-DD";
        return null;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>What the reader sees, e.g. "April 2025", "c. 2023", "December 1979 – February 1989".</summary>
    public string ToDisplay()
    {
        var text = IsRange ? RangeDisplay() : Start.ToDisplay();
        if (!Approximate) return text;
        // "c. 1980s", not "c. the 1980s".
        return "c. " + (text.StartsWith("the ", StringComparison.Ordinal) ? text[4..] : text);
    }

    private string RangeDisplay()
    {
        // Drop a repeated year ("March – April 2025") only when both ends are months or days of one year.
        if (Start.Year == End.Year && Start.Precision >= DatePrecision.Month && End.Precision >= DatePrecision.Month)
        {
            var head = Start.Precision == DatePrecision.Day
                ? string.Create(CultureInfo.InvariantCulture, $"{Start.Day} {DatePoint.MonthName(Start.Month)}")
                : DatePoint.MonthName(Start.Month);
            return $"{head} – {End.ToDisplay()}";
        }

        return $"{Start.ToDisplay()} – {End.ToDisplay()}";
    }

    /// <summary>
    /// The compact form citations use: "2 Dec 2025", "Apr–May 2025", "c. Dec 2023". As honest as
    /// <see cref="ToDisplay"/> (no part the date does not have, "c." when inferred), only shorter.
    /// </summary>
    public string ToShortDisplay()
    {
        string text;
        if (!IsRange) text = Start.ToShortDisplay();
        else if (Start.Year == End.Year && Start.Precision >= DatePrecision.Month && End.Precision >= DatePrecision.Month)
        {
            var head = Start.Precision == DatePrecision.Day
                ? string.Create(CultureInfo.InvariantCulture, $"{Start.Day} {DatePoint.ShortMonthName(Start.Month)}")
                : DatePoint.ShortMonthName(Start.Month);
            text = $"{head}–{End.ToShortDisplay()}";
        }
        else text = $"{Start.ToShortDisplay()}–{End.ToShortDisplay()}";
        return Approximate ? "c. " + text : text;
    }

    /// <summary>The canonical written form (round-trips through <see cref="TryParse"/>).</summary>
    public string ToText() => IsRange ? $"{Start.ToText()}..{End.ToText()}" : Start.ToText();

    /// <summary>For the <c>datetime</c> attribute: the start, as precisely as known.</summary>
    public string ToMachine() => Start.ToMachine();

    /// <summary>Chronology order: start, then precision (coarse first), then end. Ties are left to the caller's id.</summary>
    public int CompareTo(PartialDate? other)
    {
        if (other is null) return 1;
        var c = Start.CompareTo(other.Start);
        if (c != 0) return c;
        c = End.CompareTo(other.End);
        return c != 0 ? c : Approximate.CompareTo(other.Approximate);
    }

    public bool Equals(PartialDate? other) =>
        other is not null && Start == other.Start && End == other.End && IsRange == other.IsRange && Approximate == other.Approximate;

    public override bool Equals(object? obj) => Equals(obj as PartialDate);

    public override int GetHashCode() => HashCode.Combine(Start, End, IsRange, Approximate);

    public override string ToString() => ToText();

    public static bool operator ==(PartialDate? left, PartialDate? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(PartialDate? left, PartialDate? right) => !(left == right);

    public static bool operator <(PartialDate? left, PartialDate? right) => Compare(left, right) < 0;

    public static bool operator >(PartialDate? left, PartialDate? right) => Compare(left, right) > 0;

    public static bool operator <=(PartialDate? left, PartialDate? right) => Compare(left, right) <= 0;

    public static bool operator >=(PartialDate? left, PartialDate? right) => Compare(left, right) >= 0;

    private static int Compare(PartialDate? left, PartialDate? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    /// <summary>Whether two dates could mean the same moment (used to tell a conflict from a difference in precision).</summary>
    public bool Overlaps(PartialDate other) =>
        Start.Earliest <= other.End.Latest && other.Start.Earliest <= End.Latest;

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(?<y>[0-9]{4})s$", RegexOptions.CultureInvariant)]
    private static partial Regex Decade();

    [GeneratedRegex(@"^(?<n>[0-9]{1,2})(?:st|nd|rd|th) century$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Century();
}
