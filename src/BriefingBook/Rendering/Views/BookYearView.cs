namespace BriefingBook.Rendering.Views;

/// <summary>One year (or earlier period) of the printable book's chronology.</summary>
public sealed record BookYearView(string Label, string Anchor, IReadOnlyList<BookEventView> Events);
