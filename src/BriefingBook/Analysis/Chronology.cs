using System.Globalization;
using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis;

/// <summary>
/// Orders events by date with mixed precision: by start, coarse before fine at the same start (2025 before
/// April 2025 before 3 April 2025), then by the end of a span, then by id, so the order never depends on
/// file order or thread timing.
/// </summary>
public static class Chronology
{
    public static IReadOnlyList<Event> Order(IEnumerable<Event> events) =>
        [.. events.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal)];

    /// <summary>Groups ordered events by year; decade- and century-dated events get a heading of their own.</summary>
    public static IReadOnlyList<ChronologyGroup> GroupByYear(IReadOnlyList<Event> ordered)
    {
        var groups = new List<ChronologyGroup>();
        foreach (var run in ordered.GroupAdjacent(e => GroupKey(e.Date)))
            groups.Add(new ChronologyGroup(run.Key.Label, run.Key.Anchor, run.Items));
        return groups;
    }

    private static (string Label, string Anchor) GroupKey(PartialDate date) => HeadingOf(date.Start);

    /// <summary>The heading a point in time is listed under: its year, or its decade or century when that is all it says.</summary>
    public static (string Label, string Anchor) HeadingOf(DatePoint point) => point.Precision switch
    {
        DatePrecision.Century => (Capitalise(point.ToDisplay()[4..]), "c" + point.Year.ToString(CultureInfo.InvariantCulture)),
        DatePrecision.Decade => (point.ToText(), "d" + point.Year.ToString(CultureInfo.InvariantCulture)),
        _ => (point.Year.ToString(CultureInfo.InvariantCulture), "y" + point.Year.ToString(CultureInfo.InvariantCulture)),
    };

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static IEnumerable<(TKey Key, IReadOnlyList<T> Items)> GroupAdjacent<T, TKey>(this IEnumerable<T> items, Func<T, TKey> key)
        where TKey : IEquatable<TKey>
    {
        List<T>? run = null;
        TKey current = default!;
        foreach (var item in items)
        {
            var k = key(item);
            if (run is not null && k.Equals(current))
            {
                run.Add(item);
                continue;
            }

            if (run is not null) yield return (current, run);
            run = [item];
            current = k;
        }

        if (run is not null) yield return (current, run);
    }
}
