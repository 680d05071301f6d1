namespace BriefingBook.Rendering.Views;

/// <summary>One source on the coverage page.</summary>
public sealed record CoverageSourceView(
    SourceLink Source,
    string Seed,
    IReadOnlyList<UncoveredSentenceView> Sentences,
    IReadOnlyList<UnmatchedNameView> Names);
