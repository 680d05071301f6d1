namespace BriefingBook.Rendering.Views;

/// <summary>The <c>event</c> layout: one event with its reports side by side.</summary>
public sealed record EventView(
    string Title,
    DateView? Date,
    string? Dating,
    string? Place,
    string? SummaryHtml,
    IReadOnlyList<ActorLink> Actors,
    IReadOnlyList<EventReportView> Reports,
    IReadOnlyList<ConflictView> Conflicts,
    IReadOnlyList<EditorNoteView> Notes,
    bool Contested,
    bool Garbled,
    bool SideBySide,
    int ReportCount,
    IReadOnlyList<EventLink> Related,
    EventLink? Previous,
    EventLink? Next,
    string ChronologyHref) : PageView
{
    /// <summary>What puts the event in question, as labelled marks (the same on every page that lists it).</summary>
    public IReadOnlyList<MarkView> Marks { get; init; } = [];
}
