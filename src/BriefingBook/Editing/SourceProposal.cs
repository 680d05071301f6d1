using BriefingBook.Content.Dates;

namespace BriefingBook.Editing;

/// <summary>
/// The proposed <c>content/sources/</c> entry for a seed. <see cref="ExistingId"/> is set when the seed
/// already has an entry (then nothing is proposed for it and its id is used for the reports).
/// </summary>
public sealed record SourceProposal(
    string Id,
    string? ExistingId,
    string Seed,
    string Headline,
    bool HeadlineGuessed,
    string? Outlet,
    string? Via,
    string? Author,
    PartialDate? Published,
    string Dating);
