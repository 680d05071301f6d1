namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// One compared passage as the shingle index holds it: the detector's id for it, a fingerprint of its text
/// (equal for word-for-word copies), and the wording of each of its shingles, repeats included.
/// </summary>
public readonly record struct IndexedPassage(int Id, ulong Fingerprint, IReadOnlyList<ulong> Wordings);
