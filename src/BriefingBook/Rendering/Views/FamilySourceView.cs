namespace BriefingBook.Rendering.Views;

/// <summary>A source of a family of copies, linked to its copied text.</summary>
public sealed record FamilySourceView(
    SourceLink Source,
    string Href);
