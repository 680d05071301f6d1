using BriefingBook.Content.Articles;
using BriefingBook.Content.Dates;
using BriefingBook.Diagnostics;

namespace BriefingBook.Content.Model;

/// <summary>
/// One article: the editors' metadata from <c>content/sources/</c> joined to its seed and the body the
/// boilerplate rules extracted. <see cref="HasEntry"/> is false for a seed nobody has described yet.
/// </summary>
public sealed record Source(
    string Id,
    SourceLocation At,
    Seed Seed,
    ArticleBody Body,
    string Headline,
    string? Outlet,
    string? Via,
    string? Author,
    PartialDate? Published,
    string? Dating,
    string? Url,
    string? SummaryMarkdown,
    bool HasEntry)
{
    /// <summary>
    /// The editors' short label for citations (<c>short:</c>), or null to derive one from outlet and date. The
    /// label a page shows is <c>AnalysedBook.ShortLabel</c>: it must tell the source apart from every other.
    /// </summary>
    public string? ShortLabel { get; init; }

    /// <summary>Where <see cref="ShortLabel"/> was written, for the diagnostic when two sources share a label.</summary>
    public SourceLocation? ShortAt { get; init; }
}
