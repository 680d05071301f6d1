namespace BriefingBook.Analysis.Duplicates;

/// <summary>A verified pair: how alike (share of the shorter passage's shingles), which kind, and whether known by the whole stories only.</summary>
internal readonly record struct Alike(double Similarity, DuplicateKind Kind, bool WholeStory);
