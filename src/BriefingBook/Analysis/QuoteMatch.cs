using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis;

/// <summary>
/// Where a report's quote stands in its source's body: the paragraph and the character range in that
/// paragraph's text. <see cref="Anchor"/> is the fragment id of the highlighted passage on the source page.
/// </summary>
public sealed record QuoteMatch(Event Event, Report Report, Source Source, BodyParagraph Paragraph, int Start, int Length, string Anchor);
