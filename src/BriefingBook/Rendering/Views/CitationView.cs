namespace BriefingBook.Rendering.Views;

/// <summary>
/// A source cited in running text: its short <c>label</c> (outlet and date), linked to the passage cited;
/// <c>title</c> is the full headline, for a <c>title</c> attribute.
/// </summary>
public sealed record CitationView(
    string Label,
    string Title,
    string Href);
