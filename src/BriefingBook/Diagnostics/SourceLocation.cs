namespace BriefingBook.Diagnostics;

/// <summary>A place in an input file, relative to the book's root, with a 1-based line.</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
