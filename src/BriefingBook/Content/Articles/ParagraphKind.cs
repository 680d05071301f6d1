namespace BriefingBook.Content.Articles;

public enum ParagraphKind
{
    Text,

    /// <summary>A short crosshead inside the article ("attempting to exert influence").</summary>
    Heading,
}
