namespace BriefingBook.Analysis;

/// <summary>Every verbatim quote the content makes, located: event reports and the claims of editors' notes.</summary>
public sealed record LocatedQuotes(IReadOnlyList<QuoteMatch> Reports, IReadOnlyList<ClaimMatch> Claims);
