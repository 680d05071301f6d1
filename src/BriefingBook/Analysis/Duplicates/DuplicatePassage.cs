namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// A paragraph found near-verbatim in two sources. <see cref="First"/> is the earlier source (by publication
/// date, undated last, then id); <see cref="Similarity"/> is the share of the shorter paragraph's shingles
/// found in the other; <see cref="Diff"/> reads from <see cref="First"/> (removed) to <see cref="Second"/> (added),
/// and is empty for a template match, which no page shows.
/// </summary>
public sealed record DuplicatePassage(
    PassageRef First,
    PassageRef Second,
    double Similarity,
    IReadOnlyList<DiffSegment> Diff,
    IReadOnlyList<Discrepancy> Discrepancies)
{
    public bool Identical => Kind == DuplicateKind.Copy && Diff.All(d => d.Op == DiffOp.Same);

    /// <summary>Copied text, or a formula both passages use (listed apart, not shown as duplicated reporting).</summary>
    public DuplicateKind Kind { get; init; } = DuplicateKind.Copy;

    /// <summary>
    /// A copy known only because the two stories match as wholes (a re-filed story, or a recurring bulletin in
    /// formula wording), not by uncommon shared wording: its edits are not flagged as possible conflicts.
    /// </summary>
    public bool WholeStory { get; init; }

    /// <summary>How many copies (or, for a template match, formula matches) of <see cref="First"/>'s paragraph the detector found in all, this one included; more than it keeps when the paragraph is widely syndicated.</summary>
    public int CopiesOfFirst { get; init; } = 1;

    /// <summary>How many copies of <see cref="Second"/>'s paragraph the detector found in all, this one included.</summary>
    public int CopiesOfSecond { get; init; } = 1;

    /// <summary>How many copies of the paragraph on <paramref name="sourceId"/>'s side were found in all.</summary>
    public int CopiesFrom(string sourceId) => First.Source.Value == sourceId ? CopiesOfFirst : CopiesOfSecond;

    /// <summary>The other side of the pair, seen from <paramref name="sourceId"/>.</summary>
    public (PassageRef Here, PassageRef There) From(string sourceId) =>
        First.Source.Value == sourceId ? (First, Second) : (Second, First);
}
