namespace BriefingBook.Analysis.Duplicates;

/// <summary>What kind of fact an edit between two copies changed.</summary>
public enum DiscrepancyKind
{
    Date,
    Number,
    Name,
}
