using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace BriefingBook.Publishing;

/// <summary>
/// A site held in memory, for tests and for <c>serve</c>. A commit replaces the live site as a whole (readers on
/// other threads see the old site or the new one, never a mix) and records which paths changed, so a preview
/// server knows which open pages to reload.
/// </summary>
public sealed class MemorySink : IOutputSink
{
    private ImmutableDictionary<string, byte[]> _live = ImmutableDictionary.Create<string, byte[]>(StringComparer.Ordinal);
    private ConcurrentDictionary<string, byte[]>? _next;

    /// <summary>The live site: path → bytes.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _live;

    /// <summary>Paths added, changed or removed by the last commit, sorted.</summary>
    public IReadOnlyList<string> LastChanged { get; private set; } = [];

    /// <summary>How many commits this sink has taken; a preview server's version number.</summary>
    public int Commits { get; private set; }

    public void Begin(CancellationToken cancel) => _next = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);

    public void Write(string path, ReadOnlySpan<byte> content) => Next[path] = content.ToArray();

    public void CopyFile(string path, string sourceFile) => Next[path] = File.ReadAllBytes(sourceFile);

    public bool Keep(string path)
    {
        if (!_live.TryGetValue(path, out var bytes)) return false;
        Next[path] = bytes;
        return true;
    }

    public int Commit(CancellationToken cancel)
    {
        var next = Next.ToImmutableDictionary(StringComparer.Ordinal);
        var changed = next.Where(f => !_live.TryGetValue(f.Key, out var old) || !ReferenceEquals(old, f.Value) && !old.AsSpan().SequenceEqual(f.Value))
            .Select(f => f.Key)
            .Concat(_live.Keys.Where(k => !next.ContainsKey(k)))
            .Order(StringComparer.Ordinal)
            .ToList();
        _live = next;
        _next = null;
        LastChanged = changed;
        Commits++;
        return next.Count;
    }

    public void Abort() => _next = null;

    private ConcurrentDictionary<string, byte[]> Next => _next ?? throw new InvalidOperationException("Begin was not called");
}
