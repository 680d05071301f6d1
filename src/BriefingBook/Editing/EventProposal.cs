using BriefingBook.Content.Dates;

namespace BriefingBook.Editing;

/// <summary>
/// One event the article reports: an existing one (<see cref="EventId"/> set) with the sentence that reports
/// it, or a new one (<see cref="EventId"/> null, <see cref="NewId"/> the file name proposed) from a dated
/// sentence no event covers. <see cref="Score"/> is the similarity to the existing event (for a new event,
/// to the closest existing one), and <see cref="Reasons"/> say why in words.
/// </summary>
public sealed record EventProposal(
    string? EventId,
    string NewId,
    string Title,
    PartialDate? Date,
    string? Dating,
    BodySentence Sentence,
    ReportedValues Values,
    IReadOnlyList<string> Actors,
    double Score,
    IReadOnlyList<string> Reasons)
{
    public string Quote => Sentence.Text;
}
