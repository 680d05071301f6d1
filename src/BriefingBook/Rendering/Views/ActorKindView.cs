namespace BriefingBook.Rendering.Views;

/// <summary>The actors of one kind on the home page.</summary>
public sealed record ActorKindView(
    string Label,
    IReadOnlyList<ActorLink> Actors);
