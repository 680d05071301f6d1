namespace BriefingBook.Rendering.Views;

/// <summary>An event the article reports, with its quotes here and the other sources reporting it.</summary>
public sealed record SourceEventView(
    EventLink Ev,
    IReadOnlyList<SourceQuoteView> Quotes,
    IReadOnlyList<SourceLink> ConfirmedBy);
