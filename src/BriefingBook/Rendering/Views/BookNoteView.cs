namespace BriefingBook.Rendering.Views;

/// <summary>An editors' note (a conflict or a flag) in the printable book, with the sources it quotes and the events it is about.</summary>
/// <param name="Kind"><c>conflict</c> or <c>flag</c>.</param>
public sealed record BookNoteView(
    string Anchor,
    string Kind,
    string Title,
    string? BodyHtml,
    IReadOnlyList<BookCitationView> Sources,
    IReadOnlyList<BookEventRefView> Events);
