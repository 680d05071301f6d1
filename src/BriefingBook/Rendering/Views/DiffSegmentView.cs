namespace BriefingBook.Rendering.Views;

/// <summary>A run of words of a diff: <c>same</c>, <c>only-here</c> or <c>only-there</c>.</summary>
public sealed record DiffSegmentView(
    string Op,
    string Text);
