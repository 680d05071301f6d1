using BriefingBook.Content.Model;

namespace BriefingBook.Analysis;

/// <summary>A run of chronology events under one heading: a year, or a decade or century for coarse dates.</summary>
public sealed record ChronologyGroup(string Label, string Anchor, IReadOnlyList<Event> Events);
