using BriefingBook.Content.Dates;
using BriefingBook.Diagnostics;

namespace BriefingBook.Content.Model;

/// <summary>A stage of the relationship the book follows: a named period, its dates, and the events that mark it.</summary>
public sealed record Stage(string Title, PartialDate? Date, string? Text, IReadOnlyList<IdRef> Events, SourceLocation At);
