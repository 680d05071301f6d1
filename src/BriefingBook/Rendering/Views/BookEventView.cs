namespace BriefingBook.Rendering.Views;

/// <summary>One event in the printable book's chronology: one entry with its date, actors and the sources reporting it.</summary>
/// <param name="Anchor">The entry's fragment id (<c>event-…</c>), which other parts of the book link to.</param>
/// <param name="SummaryHtml">The editors' summary, with any link in it turned into a footnote reference.</param>
public sealed record BookEventView(
    string Anchor,
    string Title,
    DateView Date,
    string? Place,
    bool Key,
    bool Garbled,
    bool Contested,
    string? SummaryHtml,
    IReadOnlyList<BookActorRefView> Actors,
    IReadOnlyList<BookCitationView> Sources);
