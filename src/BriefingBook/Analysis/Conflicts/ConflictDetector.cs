using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Conflicts;

/// <summary>
/// Compares the values the reports of each event state. Dates conflict when their ranges cannot overlap
/// (so "2025" and "3 July 2025" agree, "April 2025" and "July 2025" do not); places and counts when their
/// text differs beyond case, typography and spacing; "first" when the reports name different actors.
/// A field only one report states cannot conflict.
/// </summary>
public static class ConflictDetector
{
    public static IReadOnlyList<ReportConflict> Find(IEnumerable<Event> events)
    {
        var conflicts = new List<ReportConflict>();
        foreach (var ev in events)
        {
            var dated = ev.Reports.Where(r => r.Date is not null).ToArray();
            if (AnyPair(dated, (a, b) => !a.Date!.Overlaps(b.Date!)))
                conflicts.Add(new ReportConflict(new EventId(ev.Id), "date", Values(ev, r => r.Date!.ToDisplay(), r => r.Date is not null)));
            Compare(ev, "place", r => r.Place, conflicts);
            Compare(ev, "count", r => r.Count, conflicts);
            Compare(ev, "first", r => r.First?.Id, conflicts);
        }

        return conflicts;
    }

    private static void Compare(Event ev, string field, Func<Report, string?> value, List<ReportConflict> conflicts)
    {
        var stated = ev.Reports.Where(r => !string.IsNullOrWhiteSpace(value(r))).ToArray();
        if (stated.Select(r => Normalise(value(r)!)).Distinct(StringComparer.Ordinal).Count() > 1)
            conflicts.Add(new ReportConflict(new EventId(ev.Id), field, Values(ev, value, r => !string.IsNullOrWhiteSpace(value(r)))));
    }

    /// <summary>Every report of the event that states the field, in the event's order, by its place in the event.</summary>
    private static ConflictValue[] Values(Event ev, Func<Report, string?> value, Func<Report, bool> states) =>
        [.. ev.Reports.Select((r, i) => (Report: r, Index: i))
            .Where(x => states(x.Report))
            .Select(x => new ConflictValue(new ReportRef(new EventId(ev.Id), x.Index), new SourceId(x.Report.Source.Id), value(x.Report)!))];

    private static bool AnyPair(Report[] reports, Func<Report, Report, bool> differ)
    {
        for (var i = 0; i < reports.Length; i++)
        {
            for (var j = i + 1; j < reports.Length; j++)
            {
                if (differ(reports[i], reports[j])) return true;
            }
        }

        return false;
    }

    private static string Normalise(string value) => MatchableText.FoldText(value).Trim().TrimEnd('.').ToLowerInvariant();
}
