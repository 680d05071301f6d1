namespace BriefingBook.Content.Articles;

/// <summary>One block of a page's visible text: a paragraph, heading, list item or table row, and the line it starts on.</summary>
internal sealed record HtmlBlock(string Text, bool IsHeading, int Line);
