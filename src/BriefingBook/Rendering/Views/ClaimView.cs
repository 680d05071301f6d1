namespace BriefingBook.Rendering.Views;

/// <summary>A claim of an editors' note: what a source says, quoted and linked to its paragraph.</summary>
public sealed record ClaimView(
    SourceLink Source,
    string? Says,
    string Quote,
    string Href,
    int Paragraph);
