namespace BriefingBook.Rendering.Views;

/// <summary>A year on the home page, with its number of events.</summary>
public sealed record YearCountView(
    string Label,
    string Href,
    int Count);
