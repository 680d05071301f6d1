namespace BriefingBook.Rendering.Views;

/// <summary>An actor often named in the same sentences or taking part in the same events.</summary>
public sealed record RelatedActorView(
    ActorLink Actor,
    int Sentences,
    int Events);
