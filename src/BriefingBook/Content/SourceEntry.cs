using BriefingBook.Content.Articles;
using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;

namespace BriefingBook.Content;

/// <summary>A source file as written, before it is joined to its seed and the seed's body is cleaned.</summary>
internal sealed record SourceEntry(
    string Id,
    SourceLocation At,
    IdRef Seed,
    string Headline,
    string? Outlet,
    string? Via,
    string? Author,
    PartialDate? Published,
    string? Dating,
    string? Url,
    BodyBounds Bounds,
    SourceLocation BoundsAt,
    string? SummaryMarkdown,
    ExtractionMethod? Extract = null)
{
    /// <summary>The editors' short citation label (<c>short:</c>), if any.</summary>
    public string? ShortLabel { get; init; }

    public SourceLocation? ShortAt { get; init; }
}
