using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace BriefingBook.Publishing;

/// <summary>
/// A site held in memory, for tests and for <c>serve</c>. A commit replaces the live site as a whole (readers on
/// other threads see the old site or the new one, never a mix) and records which paths changed, so a preview server
/// knows which open pages to reload. Deferred files (<see cref="IDeferringSink"/>) are rendered on first read, once;
/// a render that fails throws from that read.
/// </summary>
public sealed class MemorySink : IDeferringSink
{
    private ImmutableDictionary<string, FileBody> _live = ImmutableDictionary.Create<string, FileBody>(StringComparer.Ordinal);
    private ConcurrentDictionary<string, FileBody>? _written;
    private ConcurrentDictionary<string, byte>? _kept;
    private ConcurrentDictionary<string, byte>? _unchanged;

    /// <summary>The live site: path → bytes (a deferred file is rendered when its value is read).</summary>
    public IReadOnlyDictionary<string, byte[]> Files => new LiveFiles(_live);

    /// <summary>Paths added, changed or removed by the last commit, sorted.</summary>
    public IReadOnlyList<string> LastChanged { get; private set; } = [];

    /// <summary>How many commits this sink has taken; a preview server's version number.</summary>
    public int Commits { get; private set; }

    public void Begin(CancellationToken cancel)
    {
        _written = new(StringComparer.Ordinal);
        _kept = new(StringComparer.Ordinal);
        _unchanged = new(StringComparer.Ordinal);
    }

    public void Write(string path, ReadOnlySpan<byte> content) => Written[path] = new FileBody(content.ToArray());

    public void CopyFile(string path, string sourceFile) => Written[path] = new FileBody(File.ReadAllBytes(sourceFile));

    public void Defer(string path, Func<byte[]> render, bool unchanged)
    {
        Written[path] = new FileBody(render);
        if (unchanged) _unchanged![path] = 0;
    }

    /// <summary>Keeps a live file that is already rendered; a deferred one is not kept, so its promise is renewed.</summary>
    public bool Keep(string path)
    {
        if (!_live.TryGetValue(path, out var body) || !body.IsRendered) return false;
        _ = Written;
        _kept![path] = 0;
        return true;
    }

    public int Commit(CancellationToken cancel)
    {
        var written = Written;
        var next = _live.ToBuilder();
        var changed = new List<string>();
        foreach (var path in _live.Keys)
        {
            if (written.ContainsKey(path) || _kept!.ContainsKey(path)) continue;
            next.Remove(path);
            changed.Add(path);
        }

        foreach (var (path, body) in written)
        {
            if (!_unchanged!.ContainsKey(path) && !(_live.TryGetValue(path, out var old) && old.SameAs(body))) changed.Add(path);
            next[path] = body;
        }

        _live = next.ToImmutable();
        (_written, _kept, _unchanged) = (null, null, null);
        changed.Sort(StringComparer.Ordinal);
        LastChanged = changed;
        Commits++;
        return _live.Count;
    }

    public void Abort() => (_written, _kept, _unchanged) = (null, null, null);

    private ConcurrentDictionary<string, FileBody> Written => _written ?? throw new InvalidOperationException("Begin was not called");

    /// <summary>A file's bytes, or the promise of them.</summary>
    private sealed class FileBody
    {
        private readonly Lazy<byte[]> _bytes;

        public FileBody(byte[] bytes) => _bytes = new Lazy<byte[]>(bytes);

        public FileBody(Func<byte[]> render) => _bytes = new Lazy<byte[]>(render, LazyThreadSafetyMode.ExecutionAndPublication);

        public bool IsRendered => _bytes.IsValueCreated;

        public byte[] Bytes => _bytes.Value;

        /// <summary>Whether both are rendered and equal; a promise is taken to differ.</summary>
        public bool SameAs(FileBody other) => IsRendered && other.IsRendered && Bytes.AsSpan().SequenceEqual(other.Bytes);
    }

    private sealed class LiveFiles(ImmutableDictionary<string, FileBody> files) : IReadOnlyDictionary<string, byte[]>
    {
        public byte[] this[string key] => files[key].Bytes;

        public IEnumerable<string> Keys => files.Keys;

        public IEnumerable<byte[]> Values => files.Values.Select(v => v.Bytes);

        public int Count => files.Count;

        public bool ContainsKey(string key) => files.ContainsKey(key);

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out byte[] value)
        {
            value = files.TryGetValue(key, out var body) ? body.Bytes : null;
            return value is not null;
        }

        public IEnumerator<KeyValuePair<string, byte[]>> GetEnumerator() =>
            files.Select(f => new KeyValuePair<string, byte[]>(f.Key, f.Value.Bytes)).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
