using System.Runtime.CompilerServices;

namespace BriefingBook.Engine;

/// <summary>
/// A number per loaded entry, the same for as long as the entry is the same object. Loading hands back the very
/// object of the last build for a file that did not change (<see cref="Content.Inputs.LoadCache"/>), so a new number
/// means the entry was read again: its file changed, or something it is joined with did. Held weakly: entries of
/// old builds are collected with their numbers.
/// </summary>
public sealed class FactVersions
{
    private readonly ConditionalWeakTable<object, StrongBox<long>> _versions = new();
    private long _next;

    public long Of(object fact) => _versions.GetValue(fact, _ => new StrongBox<long>(Interlocked.Increment(ref _next))).Value;
}
