using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Conflicts;

/// <summary>
/// Reports of one event that give different values for one field (<c>date</c>, <c>place</c>, <c>count</c>
/// or <c>first</c>). <see cref="Values"/> holds every report that states the field, in the event's order.
/// </summary>
public sealed record ReportConflict(EventId Event, string Field, IReadOnlyList<ConflictValue> Values)
{
    /// <summary>Ids of the sources involved, in report order, without repeats.</summary>
    public IReadOnlyList<string> SourceIds => [.. Values.Select(v => v.Source.Value).Distinct(StringComparer.Ordinal)];
}
