namespace BriefingBook.Analysis.Duplicates;

/// <summary>A word of a passage: its range in the original text and the normalised form shingles are made of.</summary>
public readonly record struct Token(int Start, int End, string Norm);
