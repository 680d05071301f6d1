namespace BriefingBook.Editing;

/// <summary>The kinds of entry <c>briefingbook new</c> writes, each in its folder under <c>content/</c>.</summary>
public enum EntryKind
{
    Actor,
    Event,
    Source,
    Note,
}
