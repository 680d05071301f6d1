namespace BriefingBook.Rendering;

/// <summary>One static file of a theme: its path under the site's <c>assets/</c>, and where it is read from.</summary>
public sealed record ThemeAsset(string SitePath, string SourceFile);
