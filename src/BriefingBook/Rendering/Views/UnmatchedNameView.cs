namespace BriefingBook.Rendering.Views;

/// <summary>A name no actor matches.</summary>
public sealed record UnmatchedNameView(
    string Name,
    string What,
    int Line,
    string Href);
