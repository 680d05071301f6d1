namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// Counting what two sorted, distinct arrays of shingles share, in one merge: the detector and its incremental
/// session compare passages the same way.
/// </summary>
internal static class SortedMerge
{
    /// <summary>How many values two sorted, distinct arrays share.</summary>
    public static int Count(ulong[] first, ulong[] second) => Shared(first, null, second).Shared;

    /// <summary>How many values they share, and how many of those <paramref name="flagged"/> marks in <paramref name="first"/>.</summary>
    public static (int Shared, int Flagged) Shared(ulong[] first, bool[]? flagged, ulong[] second)
    {
        int i = 0, j = 0, shared = 0, marked = 0;
        while (i < first.Length && j < second.Length)
        {
            if (first[i] == second[j])
            {
                shared++;
                if (flagged is not null && flagged[i]) marked++;
                i++;
                j++;
            }
            else if (first[i] < second[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (shared, marked);
    }
}
