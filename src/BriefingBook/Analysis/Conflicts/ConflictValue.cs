using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Conflicts;

/// <summary>
/// The value one report gives for a field, as shown (a date for display, an actor's id for "first"). The report
/// is named by its place in its event, with the id of the source it cites.
/// </summary>
public sealed record ConflictValue(ReportRef Report, SourceId Source, string Value);
