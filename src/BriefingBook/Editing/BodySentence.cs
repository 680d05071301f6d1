using BriefingBook.Content.Articles;

namespace BriefingBook.Editing;

/// <summary>One sentence of an article body: verbatim text, its paragraph and where it starts in that paragraph's text.</summary>
public sealed record BodySentence(BodyParagraph Paragraph, int Start, string Text)
{
    public int Line => Paragraph.Line;

    /// <summary>The sentences of the body's text paragraphs (crossheads are not sentences), in order.</summary>
    public static IReadOnlyList<BodySentence> Of(ArticleBody body) =>
        [.. body.Paragraphs
            .Where(p => p.Kind == ParagraphKind.Text)
            .SelectMany(p => Analysis.Mentions.SentenceSplitter.Split(p.Text).Select(s => new BodySentence(p, s.Start, p.Text.Substring(s.Start, s.Length))))];

    /// <summary>Whether the range [start, start+length) of the same paragraph overlaps this sentence.</summary>
    public bool Overlaps(BodyParagraph paragraph, int start, int length) =>
        paragraph.Number == Paragraph.Number && start < Start + Text.Length && Start < start + length;
}
