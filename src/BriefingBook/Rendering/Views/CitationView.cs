namespace BriefingBook.Rendering.Views;

/// <summary>
/// A source cited in running text: its short <see cref="Label"/> (outlet and date), linked to the passage cited;
/// <see cref="Title"/> is the full headline, for a <c>title</c> attribute.
/// </summary>
public sealed record CitationView(
    string Label,
    string Title,
    string Href);
