namespace BriefingBook.Rendering.Views;

/// <summary>A widely copied story on the notes page: its sources, earliest first, and counts.</summary>
public sealed record FamilyView(
    string Anchor,
    IReadOnlyList<FamilySourceView> Sources,
    int Count,
    int Passages,
    int Possible);
