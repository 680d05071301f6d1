namespace BriefingBook.Rendering.Views;

/// <summary>The home page's briefing from book.yml; null when the book has none.</summary>
public sealed record BriefingView(
    string? BottomLine,
    IReadOnlyList<BriefingPointView> Judgements,
    IReadOnlyList<BriefingPointView> Uncertain,
    IReadOnlyList<BriefingPointView> Gaps,
    IReadOnlyList<BriefingStageView> Stages,
    IReadOnlyList<ReliabilityView> Reliability);
