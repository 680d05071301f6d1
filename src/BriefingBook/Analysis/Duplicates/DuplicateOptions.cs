namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// The duplicate detector's parameters (see docs/analysis.md for why these values).
/// </summary>
/// <param name="ShingleSize">Words per shingle. Five is long enough that unrelated articles on one topic rarely share one, short enough that one edited word spoils only five.</param>
/// <param name="MinWords">Paragraphs with fewer words are not compared: too little text to call a copy.</param>
/// <param name="MinShared">Shingles two paragraphs must share before their similarity is even computed.</param>
/// <param name="MinSimilarity">Share of the shorter paragraph's shingles found in the other for the pair to count as a copy.</param>
/// <param name="MaxCopiesShown">A passage keeps at most this many counterparts (the most similar, then the earliest); a pair stays when either side keeps it. A wire story syndicated to hundreds of sources would otherwise make every pair of copies a note, quadratic in the copies; <see cref="DuplicatePassage.CopiesOfFirst"/> and <see cref="DuplicatePassage.CopiesOfSecond"/> still count them all.</param>
/// <param name="MaxPostings">A shingle found in more paragraphs than this is a stock phrase ("said in a statement on") or a very widely syndicated story: its paragraphs are paired only with the earliest of them, not with each other, which keeps the detector linear in the corpus.</param>
public sealed record DuplicateOptions(int ShingleSize = 5, int MinWords = 12, int MinShared = 4, double MinSimilarity = 0.5, int MaxPostings = 64, int MaxCopiesShown = 8)
{
    public static DuplicateOptions Default { get; } = new();
}
