namespace BriefingBook.Rendering.Views;

/// <summary>An event named in the printable book, linked to its entry in the book's chronology (<c>#event-…</c>).</summary>
public sealed record BookEventRefView(string Title, DateView? Date, string Href);
