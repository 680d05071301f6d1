using BriefingBook.Content.Dates;
using BriefingBook.Diagnostics;

namespace BriefingBook.Content.Model;

/// <summary>
/// One happening in the chronology. <see cref="RestsOnGarbled"/> marks an event whose only evidence is one
/// garbled sentence, so every list that shows it can say so.
/// </summary>
public sealed record Event(
    string Id,
    SourceLocation At,
    string Title,
    PartialDate Date,
    string? Dating,
    string? Place,
    bool Key,
    bool RestsOnGarbled,
    IReadOnlyList<IdRef> Actors,
    IReadOnlyList<Report> Reports,
    IReadOnlyList<IdRef> Related,
    string? SummaryMarkdown);
