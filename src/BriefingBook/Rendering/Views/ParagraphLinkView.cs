namespace BriefingBook.Rendering.Views;

/// <summary>A paragraph, linked.</summary>
public sealed record ParagraphLinkView(
    int Paragraph,
    string Href);
