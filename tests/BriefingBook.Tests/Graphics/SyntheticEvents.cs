using BriefingBook.Analysis;
using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;

namespace BriefingBook.Tests.Graphics;

/// <summary>Events made in memory, with only an id and a date, for laying out timelines without building a book.</summary>
internal static class SyntheticEvents
{
    public static Event Make(string id, string date) =>
        new(id, new SourceLocation("content/events/" + id + ".md", 1), "Event " + id, PartialDate.Parse(date), null, null, false, false, [], [], [], null);

    public static IReadOnlyList<ChronologyGroup> Sections(IEnumerable<Event> events) => Chronology.GroupByYear(Chronology.Order(events));
}
