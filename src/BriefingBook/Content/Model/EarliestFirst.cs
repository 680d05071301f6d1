namespace BriefingBook.Content.Model;

/// <summary>
/// Sources by publication date, undated last, then by id: the order in which copied text is attributed, so
/// the first of a set of copies is the likely original. One definition for the detector and the pages.
/// </summary>
public sealed class EarliestFirst : IComparer<Source>
{
    public static EarliestFirst Instance { get; } = new();

    private EarliestFirst()
    {
    }

    public int Compare(Source? x, Source? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return 1;
        if (y is null) return -1;
        var byDate = (x.Published, y.Published) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (a, b) => a.CompareTo(b),
        };
        return byDate != 0 ? byDate : string.CompareOrdinal(x.Id, y.Id);
    }
}
