namespace BriefingBook.Rendering.Views;

/// <summary>A value a report states (date, place, count, first), flagged when reports disagree on it.</summary>
public sealed record ReportValueView(
    string Label,
    string Value,
    string? Href,
    bool Conflicting);
