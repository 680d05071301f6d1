namespace BriefingBook.Analysis.Duplicates;

/// <summary>Whether a run of words is in both copies, only the first, or only the second.</summary>
public enum DiffOp
{
    Same,
    Removed,
    Added,
}
