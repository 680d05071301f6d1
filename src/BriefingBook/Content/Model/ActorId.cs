namespace BriefingBook.Content.Model;

/// <summary>
/// The id of a actor as the editors wrote it. Derived facts name entries by id, not by object, so they stay
/// plain data that two builds (or two processes) can compare; <c>AnalysedBook</c> resolves them.
/// </summary>
public readonly record struct ActorId(string Value)
{
    public override string ToString() => Value;
}
