namespace BriefingBook.Content.Model;

/// <summary>
/// The briefing part of <c>content/book.yml</c>, shown on the home page: a bottom line with key judgements,
/// what is disputed or uncertain, the stages of the relationship, what the sources leave out, and how far
/// each source can be trusted. Every part is optional.
/// </summary>
public sealed record Briefing(
    string? BottomLine,
    IReadOnlyList<BriefingPoint> Judgements,
    IReadOnlyList<BriefingPoint> Uncertain,
    IReadOnlyList<Stage> Stages,
    IReadOnlyList<BriefingPoint> Gaps,
    IReadOnlyList<SourceReliability> Reliability)
{
    public static Briefing Empty { get; } = new(null, [], [], [], [], []);

    public bool IsEmpty => BottomLine is null && Judgements.Count == 0 && Uncertain.Count == 0 && Stages.Count == 0 && Gaps.Count == 0 && Reliability.Count == 0;
}
