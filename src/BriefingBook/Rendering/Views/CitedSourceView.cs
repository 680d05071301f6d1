namespace BriefingBook.Rendering.Views;

/// <summary>A source cited by a briefing point, named by its short label (outlet and date).</summary>
public sealed record CitedSourceView(
    string Title,
    DateView? Date,
    string Href)
{
    /// <summary>The full headline, for the citation's <c>title</c> attribute; <c>title</c> is the short label.</summary>
    public string Headline { get; init; } = "";
}
