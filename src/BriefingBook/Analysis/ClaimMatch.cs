using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis;

/// <summary>Where a claim of an editor's note stands in its source's body; <see cref="Anchor"/> is its fragment id on the source page.</summary>
public sealed record ClaimMatch(Note Note, Claim Claim, Source Source, BodyParagraph Paragraph, int Start, int Length, string Anchor);
