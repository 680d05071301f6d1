namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// A paragraph found near-verbatim in two sources. <see cref="First"/> is the earlier source (by publication
/// date, undated last, then id); <see cref="Similarity"/> is the share of the shorter paragraph's shingles
/// found in the other; <see cref="Diff"/> reads from <see cref="First"/> (removed) to <see cref="Second"/> (added).
/// </summary>
public sealed record DuplicatePassage(
    PassageRef First,
    PassageRef Second,
    double Similarity,
    IReadOnlyList<DiffSegment> Diff,
    IReadOnlyList<Discrepancy> Discrepancies)
{
    public bool Identical => Diff.All(d => d.Op == DiffOp.Same);

    /// <summary>The other side of the pair, seen from <paramref name="sourceId"/>.</summary>
    public (PassageRef Here, PassageRef There) From(string sourceId) =>
        First.Source.Id == sourceId ? (First, Second) : (Second, First);
}
