namespace BriefingBook.Rendering.Views;

/// <summary>A quote of a report, linked to its place in the article.</summary>
public sealed record SourceQuoteView(
    string Text,
    string Href);
