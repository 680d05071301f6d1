namespace BriefingBook.Rendering.Views;

/// <summary>One side of a copied passage: its source, a short label and the paragraph.</summary>
public sealed record PassageView(
    SourceLink Source,
    string Label,
    int Paragraph,
    string Href);
