namespace BriefingBook.Rendering.Views;

/// <summary>An actor named in the printable book, linked to their entry in the book's list of actors (<c>#actor-…</c>).</summary>
public sealed record BookActorRefView(string Name, string Href);
