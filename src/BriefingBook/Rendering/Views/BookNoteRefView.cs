namespace BriefingBook.Rendering.Views;

/// <summary>An editors' note named under a source in the printable book, linked to the note's entry (<c>#note-…</c>).</summary>
public sealed record BookNoteRefView(string Title, string Kind, string Href);
