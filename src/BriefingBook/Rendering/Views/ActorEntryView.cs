namespace BriefingBook.Rendering.Views;

/// <summary>One actor on the actors page, with its first role and counts.</summary>
public sealed record ActorEntryView(
    string Name,
    string Href,
    IReadOnlyList<string> Aliases,
    string? Role,
    int Events,
    int Sources);
