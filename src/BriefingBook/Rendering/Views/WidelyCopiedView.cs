namespace BriefingBook.Rendering.Views;

/// <summary>A paragraph copied in more sources than the page lists.</summary>
public sealed record WidelyCopiedView(
    int Paragraph,
    string Href,
    int Found);
