namespace BriefingBook.Content.Model;

/// <summary>
/// One report of an event: its position (from 0) in the event's list of reports. Reports have no id of their
/// own, and two reports may be equal in every field, so the position is what tells them apart.
/// </summary>
public readonly record struct ReportRef(EventId Event, int Index);
