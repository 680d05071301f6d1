namespace BriefingBook.Rendering.Views;

/// <summary>A link to a year on the chronology page.</summary>
public sealed record YearLinkView(
    string Label,
    string Href);
