namespace BriefingBook.Rendering.Views;

/// <summary>A passage quoted for one or more of an actor's events, shown once, with its short citation.</summary>
public sealed record ActorSaidView(
    string Text,
    CitationView Citation,
    IReadOnlyList<EventLink> Events);
