namespace BriefingBook.Rendering.Views;

/// <summary>A sentence carrying a date, a number or a quotation that no report or note quotes.</summary>
public sealed record UncoveredSentenceView(
    int Line,
    string Carries,
    string Text,
    string Href);
