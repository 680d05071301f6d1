namespace BriefingBook.Rendering.Views;

/// <summary>
/// A source cited in the printable book: its short label (outlet and date) and its number in the book's list of
/// sources, linked to that entry (<c>#source-…</c>) rather than to the web page, so the reference works on paper.
/// </summary>
public sealed record BookCitationView(string Label, int Number, string Href);
