namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// One thread's scratch for counting a passage's shared wordings: a count per passage id (ids are dense) and
/// the ids touched, so a row is cleared in the time it took to fill.
/// </summary>
internal sealed class Row(int ids)
{
    public List<int> Postings { get; } = [];

    public int[] Counts { get; } = new int[ids];

    public List<int> Seen { get; } = [];

    public void Count(int id, int by)
    {
        if (Counts[id] == 0) Seen.Add(id);
        Counts[id] += by;
    }
}
