namespace BriefingBook.Editing;

/// <summary>The values a candidate sentence states, in the fields of a report: a date, a place and a count.</summary>
public sealed record ReportedValues(DateMention? Date, string? Place, string? Count);
