namespace BriefingBook.Rendering.Views;

/// <summary>One report of the event: its source, quote and the values it states.</summary>
public sealed record EventReportView(
    SourceLink Source,
    string Quote,
    string QuoteHref,
    int Paragraph,
    IReadOnlyList<ReportValueView> Values,
    string? NoteHtml);
