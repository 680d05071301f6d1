namespace BriefingBook.Rendering.Graphics;

/// <summary>
/// The timeline's axis: a book may reach from the 19th century to last week, with most events in its last few
/// years, so a linear axis would squash the years that matter into a sliver. Each year gets a width that grows
/// with the square root of the events starting or ending in it; a run of three or more years where nothing starts
/// or ends becomes one break, whose width grows only with the logarithm of its length. Within a year, a break or a
/// run of two empty years the scale is linear, so marks keep their order and a month is placed within its year.
/// </summary>
public sealed class TimeAxis
{
    /// <summary>A run of at least this many years with nothing starting or ending in it becomes a break.</summary>
    public const int BreakAfter = 3;

    private const double EmptyYear = 0.6;

    private readonly AxisSegment[] _segments;

    /// <param name="first">The first year on the axis.</param>
    /// <param name="last">The last year on the axis (inclusive).</param>
    /// <param name="occupied">How many events start or end in each year.</param>
    public TimeAxis(int first, int last, IReadOnlyDictionary<int, int> occupied, double x0, double x1)
    {
        if (last < first) last = first;
        var units = new List<(int From, int To, double Units, bool Break, int Events)>();
        var year = first;
        while (year <= last)
        {
            var n = occupied.GetValueOrDefault(year);
            if (n > 0)
            {
                units.Add((year, year + 1, 1 + Math.Sqrt(n), false, n));
                year++;
                continue;
            }

            var end = year;
            while (end <= last && occupied.GetValueOrDefault(end) == 0) end++;
            var length = end - year;
            if (length >= BreakAfter) units.Add((year, end, 0.8 + 0.4 * Math.Log2(length), true, 0));
            else
            {
                for (var y = year; y < end; y++) units.Add((y, y + 1, EmptyYear, false, 0));
            }

            year = end;
        }

        var total = units.Sum(u => u.Units);
        var scale = (x1 - x0) / total;
        var x = x0;
        _segments = new AxisSegment[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var next = i == units.Count - 1 ? x1 : x + u.Units * scale;
            _segments[i] = new AxisSegment(u.From, u.To, x, next, u.Break, u.Events);
            x = next;
        }
    }

    public IReadOnlyList<AxisSegment> Segments => _segments;

    public int First => _segments[0].From;

    /// <summary>The year after the last year on the axis.</summary>
    public int End => _segments[^1].To;

    /// <summary>The x of a moment given in years (2021.5 is about 1 July 2021); clamped to the axis.</summary>
    public double Map(double year)
    {
        if (year <= First) return _segments[0].X0;
        if (year >= End) return _segments[^1].X1;
        int lo = 0, hi = _segments.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_segments[mid].From <= year) lo = mid;
            else hi = mid - 1;
        }

        return _segments[lo].Map(year);
    }

    /// <summary>A day as years: the start of <paramref name="day"/>.</summary>
    public static double YearsAt(DateOnly day) => day.Year + (day.DayOfYear - 1) / (double)DaysIn(day.Year);

    /// <summary>The end of <paramref name="day"/> as years (the start of the next day), without leaving DateOnly's range.</summary>
    public static double YearsAfter(DateOnly day) => day.Year + day.DayOfYear / (double)DaysIn(day.Year);

    private static int DaysIn(int year) => DateTime.IsLeapYear(year) ? 366 : 365;
}
