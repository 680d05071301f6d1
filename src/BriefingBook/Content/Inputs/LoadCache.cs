using System.Collections.Concurrent;
using BriefingBook.Diagnostics;

namespace BriefingBook.Content.Inputs;

/// <summary>
/// What loading made of each input file, kept by a build session between rebuilds: the parsed entry (or seed, or
/// cleaned source) and the diagnostics it produced, keyed by path and valid while the file's
/// <see cref="FileSignature"/> and the limit it was read under stay the same. An unchanged file therefore yields
/// the very same object on the next build, which is what lets later stages recognise it as unchanged.
/// Thread-safe: files load in parallel.
/// </summary>
public sealed class LoadCache
{
    private readonly ConcurrentDictionary<string, Entry> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, object> _derived = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Listing> _listings = new(StringComparer.Ordinal);
    private HashSet<string> _forced = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether this build may trust the watcher's list of changed files: then a file not on the list is not even
    /// looked at (no stat of thousands of unchanged files), and a folder's listing is reused unless a listed path is
    /// in it. A path that is a folder, or that this cache has never seen and is not a file, means a folder came or
    /// went: then nothing is trusted and every signature is checked.
    /// </summary>
    private bool _trusted;

    /// <summary>
    /// Starts a build. <paramref name="changed"/> names paths that changed according to a file watcher (full paths):
    /// they are reread whatever their signature says. Null means nothing is known, and signatures decide.
    /// </summary>
    public void BeginBuild(IReadOnlyCollection<string>? changed)
    {
        _forced = changed is null ? new(StringComparer.Ordinal) : new(changed.Select(Path.GetFullPath), StringComparer.Ordinal);
        _trusted = changed is not null && !_files.IsEmpty && _forced.All(p => !Directory.Exists(p) && (_files.ContainsKey(p) || File.Exists(p)));
        _used.Clear();
    }

    /// <summary>
    /// A folder's listing: the last one when the watcher's list is trusted and names no file that came or went in the folder, else
    /// <paramref name="list"/> run again (its diagnostics, about refused entries, are kept with it).
    /// </summary>
    public (IReadOnlyList<string> Files, IReadOnlyList<string> Refused) List(string folder, bool recursive, DiagnosticBag diagnostics, Func<DiagnosticBag, ISet<string>, IReadOnlyList<string>> list)
    {
        var key = (recursive ? "list+:" : "list:") + folder;
        _used[key] = 0;
        var prefix = folder.TrimEnd('/') + "/";
        // An edited file that was a regular file and still is leaves the listing as it was; a file that came, went or
        // became something else (a link, a pipe) is listed, and checked, again.
        if (_trusted && _listings.TryGetValue(key, out var last) && !_forced.Any(p => p.StartsWith(prefix, StringComparison.Ordinal) && !(_files.ContainsKey(p) && Platform.NativeFileSystem.Kind(p) == Platform.FileKind.Regular)))
        {
            diagnostics.AddRange(last.Diagnostics);
            return (last.Files, last.Refused);
        }

        var own = new DiagnosticBag();
        var refused = new HashSet<string>(StringComparer.Ordinal);
        var files = list(own, refused);
        var listing = new Listing(files, [.. refused.Order(StringComparer.Ordinal)], own.ToList());
        _listings[key] = listing;
        diagnostics.AddRange(listing.Diagnostics);
        return (listing.Files, listing.Refused);
    }

    /// <summary>Forgets files and derived values this build did not use, so a long session does not grow.</summary>
    public void EndBuild()
    {
        foreach (var path in _files.Keys.Where(p => !_used.ContainsKey(p)).ToList()) _files.TryRemove(path, out _);
        foreach (var key in _derived.Keys.Where(k => !_used.ContainsKey(k)).ToList()) _derived.TryRemove(key, out _);
        foreach (var key in _listings.Keys.Where(k => !_used.ContainsKey(k)).ToList()) _listings.TryRemove(key, out _);
    }

    /// <summary>The cached result for a file, or false when it must be read again.</summary>
    public bool TryGet<T>(string path, long limit, out T? value, out IReadOnlyList<Diagnostic> diagnostics)
        where T : class
    {
        value = null;
        diagnostics = [];
        _used[path] = 0;
        if (_forced.Contains(path) || !_files.TryGetValue(path, out var entry) || entry.Limit != limit) return false;
        if (entry.Value is not (T or null)) return false;
        // Trusting the watcher, an unlisted file is unchanged; otherwise its size and time must be as they were.
        if (!_trusted && FileSignature.Of(path) != entry.Signature) return false;
        value = entry.Value as T;
        diagnostics = entry.Diagnostics;
        return true;
    }

    /// <summary>Remembers a file's result; <paramref name="signature"/> must be taken before the file was read.</summary>
    public void Put(string path, FileSignature? signature, long limit, object? value, IReadOnlyList<Diagnostic> diagnostics)
    {
        _used[path] = 0;
        if (signature is null) _files.TryRemove(path, out _);
        else _files[path] = new Entry(signature.Value, limit, value, diagnostics);
    }

    /// <summary>A value derived from cached inputs (a cleaned article), found again only while its key objects are the same.</summary>
    public T? Derived<T>(string key, Func<T, bool> stillValid)
        where T : class
    {
        _used[key] = 0;
        return _derived.TryGetValue(key, out var value) && value is T t && stillValid(t) ? t : null;
    }

    public void PutDerived(string key, object value)
    {
        _used[key] = 0;
        _derived[key] = value;
    }

    private sealed record Listing(IReadOnlyList<string> Files, IReadOnlyList<string> Refused, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record Entry(FileSignature Signature, long Limit, object? Value, IReadOnlyList<Diagnostic> Diagnostics);
}
