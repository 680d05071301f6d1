namespace BriefingBook.Rendering.Views;

/// <summary>One family of copies in a corpus's notes page, linked to its own page.</summary>
public sealed record FamilyLineView(
    string Href,
    SourceLink First,
    int Count,
    int Passages,
    int Possible);
