namespace BriefingBook;

/// <summary>What to build: the book's root folder (with <c>content/</c>, <c>seeds/</c>, <c>themes/</c>) and where to.</summary>
public sealed record BuildOptions(string Root, string Output, bool PrettyUrls = false);
