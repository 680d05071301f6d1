using BriefingBook.Content.Dates;
using BriefingBook.Diagnostics;

namespace BriefingBook.Content.Model;

public sealed record Event(
    string Id,
    SourceLocation At,
    string Title,
    PartialDate Date,
    string? Dating,
    string? Place,
    bool Key,
    IReadOnlyList<IdRef> Actors,
    IReadOnlyList<Report> Reports,
    IReadOnlyList<IdRef> Related,
    string? SummaryMarkdown);
