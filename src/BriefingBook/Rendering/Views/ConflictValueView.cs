namespace BriefingBook.Rendering.Views;

/// <summary>One report's value in a conflict, with its quote.</summary>
public sealed record ConflictValueView(
    SourceLink? Source,
    string Value,
    string Quote,
    string? QuoteHref);
