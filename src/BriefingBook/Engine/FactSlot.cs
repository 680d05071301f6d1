namespace BriefingBook.Engine;

/// <summary>
/// A named place for one kind of derived fact (the located quotes, the duplicate passages), through which an
/// analysis hands its result to later analyses and to outputs, typed, without either knowing the other.
/// </summary>
public sealed class FactSlot<T>(string name)
    where T : class
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}
