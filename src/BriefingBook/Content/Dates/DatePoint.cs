using System.Globalization;

namespace BriefingBook.Content.Dates;

/// <summary>
/// One end of a date: year, and month and day only as far as <see cref="Precision"/> says.
/// Unknown parts are 0, so a year sorts before every month of that year.
/// </summary>
public readonly record struct DatePoint(int Year, int Month, int Day, DatePrecision Precision) : IComparable<DatePoint>
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public int CompareTo(DatePoint other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = Month.CompareTo(other.Month);
        if (c != 0) return c;
        c = Day.CompareTo(other.Day);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    /// <summary>The last day this point could mean, for checking that a span does not end before it starts.</summary>
    public DateOnly Latest => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Decade => new DateOnly(Year + 9, 12, 31),
        _ => new DateOnly(Year + 99, 12, 31),
    };

    public DateOnly Earliest => new(Year, Math.Max(Month, 1), Math.Max(Day, 1));

    /// <summary>The canonical written form, as editors write it.</summary>
    public string ToText() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Decade => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}s"),
        _ => CenturyName + " century",
    };

    /// <summary>What a reader sees: only the parts that are known ("April 2025", never "1 April 2025").</summary>
    public string ToDisplay() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Day} {MonthNames[Month - 1]} {Year}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{MonthNames[Month - 1]} {Year}"),
        DatePrecision.Year => Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Decade => string.Create(CultureInfo.InvariantCulture, $"the {Year}s"),
        _ => "the " + CenturyName + " century",
    };

    /// <summary>The compact form citations use: "2 Dec 2025", "Dec 2025", "2025", "1980s", "19th c.".</summary>
    public string ToShortDisplay() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Day} {ShortMonthName(Month)} {Year}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{ShortMonthName(Month)} {Year}"),
        DatePrecision.Year => Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Decade => string.Create(CultureInfo.InvariantCulture, $"{Year}s"),
        _ => CenturyName + " c.",
    };

    /// <summary>"Jan", "Feb", … "Sept" is not used: three letters throughout.</summary>
    public static string ShortMonthName(int month) => MonthNames[month - 1][..3];

    /// <summary>The <c>datetime</c> attribute of an HTML <c>time</c> element (a valid year, month or date string).</summary>
    public string ToMachine() => Precision switch
    {
        DatePrecision.Day or DatePrecision.Month => ToText(),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private string CenturyName
    {
        get
        {
            // Stored as the first year of the century as people count them: 1801 for the 19th century.
            var n = (Year - 1) / 100 + 1;
            var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
            return string.Create(CultureInfo.InvariantCulture, $"{n}{suffix}");
        }
    }

    public static bool operator <(DatePoint left, DatePoint right) => left.CompareTo(right) < 0;

    public static bool operator >(DatePoint left, DatePoint right) => left.CompareTo(right) > 0;

    public static bool operator <=(DatePoint left, DatePoint right) => left.CompareTo(right) <= 0;

    public static bool operator >=(DatePoint left, DatePoint right) => left.CompareTo(right) >= 0;

    public static string MonthName(int month) => MonthNames[month - 1];
}
