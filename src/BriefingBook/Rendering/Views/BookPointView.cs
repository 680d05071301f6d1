namespace BriefingBook.Rendering.Views;

/// <summary>A judgement, uncertainty or gap of the briefing, with the numbered sources it rests on.</summary>
public sealed record BookPointView(string Text, IReadOnlyList<BookCitationView> Sources);
