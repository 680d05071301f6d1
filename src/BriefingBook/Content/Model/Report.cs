using BriefingBook.Content.Dates;
using BriefingBook.Diagnostics;

namespace BriefingBook.Content.Model;

/// <summary>What one source says about an event: a verbatim quote and the values it states.</summary>
public sealed record Report(
    IdRef Source,
    string Quote,
    SourceLocation QuoteAt,
    PartialDate? Date,
    string? Place,
    string? Count,
    IdRef? First,
    string? NoteMarkdown);
