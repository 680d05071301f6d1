using BriefingBook.Content.Model;

namespace BriefingBook.Analysis;

/// <summary>
/// Where a report's quote stands in its source's body: the paragraph and the character range in that
/// paragraph's text. Plain data: entries are named by id and resolved through <see cref="AnalysedBook"/>;
/// the fragment id on the source page is rendering's business (<c>SiteUrls.QuoteAnchor</c>).
/// </summary>
public sealed record QuoteMatch(ReportRef Report, ParagraphRef Paragraph, int Start, int Length)
{
    public EventId Event => Report.Event;

    public SourceId Source => Paragraph.Source;
}
