using System.Collections.Concurrent;

namespace BriefingBook.Engine;

/// <summary>What the analyses of one build found, slot by slot. Filled during the analyse stage, read-only after.</summary>
public sealed class BookFacts
{
    private readonly ConcurrentDictionary<object, object> _facts = new();

    public void Set<T>(FactSlot<T> slot, T value)
        where T : class =>
        _facts[slot] = value;

    /// <summary>The slot's fact, or null when no registered analysis provides it.</summary>
    public T? Get<T>(FactSlot<T> slot)
        where T : class =>
        _facts.TryGetValue(slot, out var value) ? (T)value : null;
}
