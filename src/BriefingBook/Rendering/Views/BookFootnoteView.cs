namespace BriefingBook.Rendering.Views;

/// <summary>
/// A link out of the book, printed as a numbered footnote: the text shows <c>[n]</c> after the link, and the
/// list of footnotes at the end of the book gives the address in full.
/// </summary>
public sealed record BookFootnoteView(int Number, string Anchor, string Url);
