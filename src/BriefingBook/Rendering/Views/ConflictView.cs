namespace BriefingBook.Rendering.Views;

/// <summary>Reports of one event that give different values for one field.</summary>
public sealed record ConflictView(
    EventLink Ev,
    string Field,
    string Anchor,
    string Href,
    IReadOnlyList<ConflictValueView> Values);
