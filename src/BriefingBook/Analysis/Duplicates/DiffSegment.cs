namespace BriefingBook.Analysis.Duplicates;

/// <summary>A run of words with one <see cref="DiffOp"/>, as written in the copy it comes from.</summary>
public sealed record DiffSegment(DiffOp Op, string Text);
