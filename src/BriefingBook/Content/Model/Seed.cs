namespace BriefingBook.Content.Model;

/// <summary>A raw scraped article, exactly as it is in <c>seeds/</c>.</summary>
public sealed record Seed(string FileName, string RelativePath, string Text);
