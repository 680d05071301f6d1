namespace BriefingBook.Rendering.Views;

/// <summary>One actor in the printable book: profile and the events they take part in, each linked to the book's chronology.</summary>
public sealed record BookActorView(
    string Anchor,
    string Name,
    string Kind,
    string? ProfileHtml,
    IReadOnlyList<BookEventRefView> Events);
