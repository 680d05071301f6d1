namespace BriefingBook.Rendering.Views;

/// <summary>The actors of one kind on the actors page.</summary>
public sealed record ActorGroupView(
    string Label,
    string Anchor,
    IReadOnlyList<ActorEntryView> Actors);
