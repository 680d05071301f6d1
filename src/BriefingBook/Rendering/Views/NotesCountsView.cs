namespace BriefingBook.Rendering.Views;

/// <summary>The counts in the notes page's table of contents.</summary>
public sealed record NotesCountsView(
    int Conflicts,
    int Possible,
    int Flags,
    int Copies,
    int Corroborated);
