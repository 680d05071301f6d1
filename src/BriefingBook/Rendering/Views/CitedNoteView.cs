namespace BriefingBook.Rendering.Views;

/// <summary>A reporting note cited by a briefing point.</summary>
public sealed record CitedNoteView(
    string Title,
    string Href);
