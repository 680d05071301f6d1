namespace BriefingBook.Rendering.Views;

/// <summary>One event in the printable book's chronology: one entry with its date, actors and the sources reporting it.</summary>
/// <param name="Anchor">The entry's fragment id (<c>event-…</c>), which other parts of the book link to.</param>
/// <param name="Marks">The labels of the event's marks (key date, sources disagree, a source contradicts itself, …), the same
/// as on the site's pages, without their links, which would lead off the paper.</param>
/// <param name="SummaryHtml">The editors' summary, with any link in it turned into a footnote reference.</param>
public sealed record BookEventView(
    string Anchor,
    string Title,
    DateView Date,
    string? Place,
    IReadOnlyList<string> Marks,
    string? SummaryHtml,
    IReadOnlyList<BookActorRefView> Actors,
    IReadOnlyList<BookCitationView> Sources);
