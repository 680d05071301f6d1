using BriefingBook.Content.Model;

namespace BriefingBook.Analysis;

/// <summary>
/// Where a claim of an editor's note stands in its source's body. Plain data, like <see cref="QuoteMatch"/>;
/// its fragment id on the source page is <c>SiteUrls.ClaimAnchor</c>.
/// </summary>
public sealed record ClaimMatch(ClaimRef Claim, ParagraphRef Paragraph, int Start, int Length)
{
    public NoteId Note => Claim.Note;

    public SourceId Source => Paragraph.Source;
}
