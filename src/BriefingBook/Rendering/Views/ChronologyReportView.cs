namespace BriefingBook.Rendering.Views;

/// <summary>A report of an event in the chronology: the source's headline and outlet, linked to the quote.</summary>
public sealed record ChronologyReportView(
    string Source,
    string? Outlet,
    string Href);
