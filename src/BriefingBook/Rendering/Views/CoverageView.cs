namespace BriefingBook.Rendering.Views;

/// <summary>The <c>coverage</c> layout (editors only): uncovered sentences and unmatched names per source.</summary>
public sealed record CoverageView(
    string Sentences,
    string Names,
    IReadOnlyList<CoverageSourceView> Sources) : PageView;
