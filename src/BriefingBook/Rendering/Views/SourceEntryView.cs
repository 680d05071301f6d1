namespace BriefingBook.Rendering.Views;

/// <summary>One source on the sources page; the counts are prose ("3 events").</summary>
public sealed record SourceEntryView(
    SourceLink Source,
    string Seed,
    string Events,
    string Paragraphs,
    string? Notes);
