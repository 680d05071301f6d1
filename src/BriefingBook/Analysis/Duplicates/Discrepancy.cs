namespace BriefingBook.Analysis.Duplicates;

/// <summary>An edit between two copies of a passage that changes a date, a number or a name: a possible conflict.</summary>
public sealed record Discrepancy(DiscrepancyKind Kind, string First, string Second)
{
    public string Describe() => $"{Kind.ToString().ToLowerInvariant()}: “{First}” / “{Second}”";
}
