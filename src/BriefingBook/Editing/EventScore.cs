namespace BriefingBook.Editing;

/// <summary>How well one sentence matches one existing event, between 0 and 1, with the reasons in words.</summary>
public sealed record EventScore(double Score, IReadOnlyList<string> Reasons);
