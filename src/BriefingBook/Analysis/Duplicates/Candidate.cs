namespace BriefingBook.Analysis.Duplicates;

/// <summary>A verified pair before the cut to each passage's nearest counterparts.</summary>
internal readonly record struct Candidate(ComparedPassage A, ComparedPassage B, Alike Pair);
