namespace BriefingBook.Rendering.Views;

/// <summary>
/// The <c>book</c> layout: the whole briefing on one page, in reading order, for print (<c>/book/</c> and
/// <c>book.pdf</c>). Every link on it is either an anchor on the page itself or a link out of the book with a
/// numbered footnote (<c>footnotes</c>), so nothing on paper points at a page the reader cannot open.
/// </summary>
/// <param name="Edition">The build date the page prints: the newest source's publication date, taken from the content so that two builds of one book print the same date.</param>
/// <param name="PdfHref">The link to <c>book.pdf</c>, when this build prints it.</param>
/// <param name="SiteHref">The web site's home page, for the screen only (the layout hides it in print).</param>
public sealed record BookView(
    string Title,
    string? Subtitle,
    DateView? Edition,
    string? DescriptionHtml,
    string? BottomLine,
    IReadOnlyList<BookPointView> Judgements,
    IReadOnlyList<BookPointView> Uncertain,
    IReadOnlyList<BookPointView> Gaps,
    IReadOnlyList<BookEventRefView> KeyDates,
    IReadOnlyList<BookYearView> Years,
    IReadOnlyList<BookActorGroupView> ActorGroups,
    IReadOnlyList<BookSourceView> Sources,
    IReadOnlyList<BookNoteView> Notes,
    IReadOnlyList<BookFootnoteView> Footnotes,
    int EventCount,
    string? PdfHref,
    string SiteHref) : PageView;
