namespace BriefingBook.Rendering.Views;

/// <summary>
/// One numbered source in the printable book: how it was published and dated, its summary, where to read the
/// original (a footnoted link), and the editors' notes that cite it.
/// </summary>
/// <param name="UrlFootnote">The number of the footnote that prints <paramref name="Url"/>; null when the source has no address.</param>
public sealed record BookSourceView(
    string Anchor,
    int Number,
    string Headline,
    string Label,
    string? Outlet,
    string? Via,
    string? Author,
    DateView? Published,
    string? Dating,
    string? Url,
    int? UrlFootnote,
    string? SummaryHtml,
    IReadOnlyList<BookNoteRefView> Notes);
