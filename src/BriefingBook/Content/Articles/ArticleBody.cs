namespace BriefingBook.Content.Articles;

/// <summary>What the boilerplate rules kept of a scraped page, and what they noticed around it.</summary>
public sealed record ArticleBody(
    IReadOnlyList<BodyParagraph> Paragraphs,
    int FirstLine,
    int LastLine,
    string? HeadlineGuess,
    string? Credit)
{
    public static ArticleBody Empty { get; } = new([], 0, 0, null, null);

    public string PlainText => string.Join("\n\n", Paragraphs.Select(p => p.Text));
}
