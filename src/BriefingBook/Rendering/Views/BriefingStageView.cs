namespace BriefingBook.Rendering.Views;

/// <summary>A stage of the story in the briefing.</summary>
public sealed record BriefingStageView(
    string Title,
    DateView? Date,
    string? Text,
    IReadOnlyList<EventLink> Events);
