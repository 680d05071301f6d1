namespace BriefingBook.Rendering.Views;

/// <summary>A role an actor held: of which organisation, when, and per which source.</summary>
public sealed record RoleView(
    string Title,
    ActorLink? Of,
    DateView? From,
    DateView? To,
    SourceLink? Source);
