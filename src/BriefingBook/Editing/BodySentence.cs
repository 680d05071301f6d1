using BriefingBook.Content.Articles;

namespace BriefingBook.Editing;

/// <summary>One sentence of an article body: verbatim text, its paragraph and where it starts in that paragraph's text.</summary>
public sealed record BodySentence(BodyParagraph Paragraph, int Start, string Text)
{
    public int Line => Paragraph.Line;

    /// <summary>
    /// The sentences of the body's text paragraphs (crossheads are not sentences), in order. The first
    /// sentence starts after the dateline, which places and dates the article, not the happening.
    /// </summary>
    public static IReadOnlyList<BodySentence> Of(ArticleBody body)
    {
        var sentences = new List<BodySentence>();
        foreach (var p in body.Paragraphs.Where(p => p.Kind == ParagraphKind.Text))
        {
            foreach (var (start, length) in Analysis.Mentions.SentenceSplitter.Split(p.Text))
            {
                var from = start;
                if (sentences.Count == 0 && start == 0 && Dateline.Find(p.Text) is { } dateline && dateline.BodyStart < length) from = dateline.BodyStart;
                sentences.Add(new BodySentence(p, from, p.Text[from..(start + length)]));
            }
        }

        return sentences;
    }

    /// <summary>Whether the range [start, start+length) of the same paragraph overlaps this sentence.</summary>
    public bool Overlaps(BodyParagraph paragraph, int start, int length) =>
        paragraph.Number == Paragraph.Number && start < Start + Text.Length && Start < start + length;
}
