namespace BriefingBook.Rendering.Views;

/// <summary>One event in the chronology, with its summary, actors and reports.</summary>
public sealed record ChronologyEventView(
    string Title,
    DateView? Date,
    string Href,
    bool Key,
    bool Garbled,
    bool Contested,
    string? SummaryHtml,
    IReadOnlyList<ActorLink> Actors,
    IReadOnlyList<ChronologyReportView> Reports);
