namespace BriefingBook.Rendering.Views;

/// <summary>The paragraphs this source shares with one other source.</summary>
public sealed record SourceCopiesView(
    SourceLink Source,
    int Count,
    int Of,
    IReadOnlyList<ParagraphLinkView> NotThere,
    IReadOnlyList<ParagraphLinkView> NotHere,
    IReadOnlyList<CopyView> Identical,
    IReadOnlyList<CopyView> Edited);
