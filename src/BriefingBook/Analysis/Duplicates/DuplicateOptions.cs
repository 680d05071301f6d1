namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// The duplicate detector's parameters (see docs/analysis.md for why these values).
/// </summary>
/// <param name="ShingleSize">Words per shingle. Five is long enough that unrelated articles on one topic rarely share one, short enough that one edited word spoils only five.</param>
/// <param name="MinWords">Paragraphs with fewer words are not compared: too little text to call a copy. A body with no paragraph this long is compared whole.</param>
/// <param name="MinShared">Shingles two paragraphs must share before their similarity is even computed; also the uncommon shared shingles a copy needs.</param>
/// <param name="MinSimilarity">Share of the shorter paragraph's shingles found in the other for the pair to count as a copy (or a template match).</param>
/// <param name="MaxPostings">A wording found in more paragraphs than this is a stock phrase ("said in a statement on") or a very widely syndicated story: its paragraphs are paired only with the earliest of them, not with each other, which keeps the detector linear in the corpus.</param>
/// <param name="MaxCopiesShown">A passage keeps at most this many counterparts (the earliest, then the most similar); a pair stays when either side keeps it. A wire story syndicated to hundreds of sources would otherwise make every pair of copies a note, quadratic in the copies; <see cref="DuplicatePassage.CopiesOfFirst"/> and <see cref="DuplicatePassage.CopiesOfSecond"/> still count them all.</param>
/// <param name="RareTexts">A shingle whose wording (figures masked) is used by at most this many different paragraph texts is uncommon: evidence of copying. Used by more, it is formula.</param>
/// <param name="MinRareShare">Share of the shared shingles that must be uncommon for a pair to be a copy by its wording; below it, the pair is a template match.</param>
/// <param name="WholeStorySimilarity">Jaccard similarity of two whole bodies' shingles above which the stories are one story re-filed, and their matching passages copies whatever their wording.</param>
/// <param name="ConflictSimilarity">Similarity a copy needs before its changed dates, numbers and names are flagged as possible conflicts: below it the edit is more likely a different story in the same words.</param>
public sealed record DuplicateOptions(
    int ShingleSize = 5,
    int MinWords = 12,
    int MinShared = 4,
    double MinSimilarity = 0.5,
    int MaxPostings = 64,
    int MaxCopiesShown = 8,
    int RareTexts = 3,
    double MinRareShare = 0.5,
    double WholeStorySimilarity = 0.5,
    double ConflictSimilarity = 0.6)
{
    public static DuplicateOptions Default { get; } = new();
}
