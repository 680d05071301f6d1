namespace BriefingBook.Content.Articles;

/// <summary>One paragraph of an article body; <see cref="Line"/> is its 1-based line in the seed.</summary>
public sealed record BodyParagraph(int Number, ParagraphKind Kind, string Text, int Line)
{
    /// <summary>The fragment id on the source page: <c>p1</c>, <c>p2</c>, … numbered among all paragraphs.</summary>
    public string Anchor => "p" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
