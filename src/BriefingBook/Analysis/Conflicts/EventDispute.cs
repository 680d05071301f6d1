using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Conflicts;

/// <summary>
/// One reason an event is in question: a disagreement between report values (<see cref="Field"/> set) or an
/// editors' note (<see cref="Note"/> set), classified by <see cref="Kind"/>. <see cref="Sources"/> are the ids of
/// the sources involved, without repeats, in the order the conflict or note names them.
/// </summary>
public sealed record EventDispute(DisputeKind Kind, IReadOnlyList<SourceId> Sources)
{
    public string? Field { get; init; }

    public NoteId? Note { get; init; }
}
