using BriefingBook.Analysis;
using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering.Outputs;

/// <summary>
/// The date a page takes in the sitemap: the newest day-precise date among the entries it shows (its own date, the
/// events it lists, the publication dates of the sources that report them). Taken from the content, not from git or
/// the file system: a shallow clone (CI, Netlify) gives every file the last commit's date and a checkout gives every
/// file the time of the checkout, while the content's dates are the same in every clone, cost nothing, and say when
/// the reporting the page rests on last moved. A date known only to the month or year gives no day, so it does not
/// count (a sitemap's <c>lastmod</c> is a date or a date-time); a page with no day-precise date has no <c>lastmod</c>.
/// </summary>
internal static class PageDates
{
    public static DateOnly? Newest(IEnumerable<PartialDate?> dates)
    {
        DateOnly? newest = null;
        foreach (var date in dates)
        {
            if (date is null) continue;
            foreach (var point in (ReadOnlySpan<DatePoint>)[date.Start, date.End])
            {
                if (point.Precision != DatePrecision.Day) continue;
                var day = point.Earliest;
                if (newest is null || day > newest) newest = day;
            }
        }

        return newest;
    }

    public static DateOnly? WholeBook(AnalysedBook book) =>
        Newest(book.Content.Sources.Select(s => s.Published).Concat(book.Content.Events.Select(e => (PartialDate?)e.Date)));

    public static DateOnly? Event(AnalysedBook book, Event ev) =>
        Newest(ev.Reports.Select(r => book.SourcesById.GetValueOrDefault(r.Source.Id)?.Published).Append(ev.Date));

    public static DateOnly? Source(AnalysedBook book, Source source) =>
        Newest(book.EventsReportedBy(source.Id).Select(e => (PartialDate?)e.Date).Append(source.Published));

    public static DateOnly? Actor(AnalysedBook book, Actor actor) =>
        Newest(book.EventsOf(actor.Id).SelectMany(e => e.Reports.Select(r => book.SourcesById.GetValueOrDefault(r.Source.Id)?.Published).Append(e.Date)));

    public static DateOnly? Sources(IEnumerable<Source> sources) => Newest(sources.Select(s => s.Published));
}
