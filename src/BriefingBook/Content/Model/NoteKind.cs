namespace BriefingBook.Content.Model;

/// <summary>
/// What an editor's note records: a <see cref="Conflict"/> between sources (or within one) that is not a
/// difference in one report field, or a <see cref="Flag"/> on a defect in a single source.
/// </summary>
public enum NoteKind
{
    Conflict,
    Flag,
}
