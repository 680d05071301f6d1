namespace BriefingBook.Rendering.Views;

/// <summary>One value a page files itself under in the search index (<c>kind</c>, <c>actor</c>, <c>year</c>, <c>outlet</c>), written as a Pagefind filter in the head.</summary>
public sealed record SearchFilterView(string Name, string Value);
