namespace BriefingBook.Rendering.Views;

/// <summary>A link to a year on the chronology page.</summary>
public sealed record YearLinkView(
    string Label,
    string Href)
{
    /// <summary>True for the link to the page being shown (rendered as <c>aria-current</c>).</summary>
    public bool Current { get; init; }
}
