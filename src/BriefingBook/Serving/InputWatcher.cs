namespace BriefingBook.Serving;

/// <summary>
/// Watches a book's inputs (<c>content/</c>, <c>seeds/</c>, <c>themes/</c>, <c>layouts/</c>) and hands out what
/// changed in batches: <see cref="NextAsync"/> waits for a change, then for a short quiet spell, and returns every
/// path seen since the last batch. Changes that arrive while the caller is rebuilding are kept for the next
/// batch, so a burst of saves during a rebuild costs one more rebuild, not one per save.
/// </summary>
public sealed class InputWatcher : IDisposable
{
    /// <summary>The folders of a book that a build reads.</summary>
    public static readonly IReadOnlyList<string> Watched = ["content", "seeds", "themes", "layouts"];

    // Editors' atomic saves (write a temp file, rename it over the old one, touch) arrive within a few
    // milliseconds; 40 ms of quiet catches them whole and still leaves most of a 200 ms budget for the rebuild.
    public static readonly TimeSpan DefaultSettle = TimeSpan.FromMilliseconds(40);

    // A tool that writes without pause (a checkout of thousands of files) must not postpone the rebuild forever.
    private static readonly TimeSpan MostWait = TimeSpan.FromSeconds(2);

    private readonly string _root;
    private readonly TimeSpan _settle;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly FileSystemWatcher _rootWatcher;
    private readonly SemaphoreSlim _signal = new(0);
    private HashSet<string> _changed = new(StringComparer.Ordinal);
    private bool _lost;

    public InputWatcher(string root, TimeSpan? settle = null)
    {
        _root = Path.GetFullPath(root);
        _settle = settle ?? DefaultSettle;
        // The book's own folder, not recursively: notices a watched folder created (or re-created) later.
        _rootWatcher = Watch(_root, recursive: false);
        Arm();
    }

    /// <summary>
    /// Waits for changes to settle and returns the full paths that changed (files and folders, old and new names
    /// of a rename), or null when some changes may have been missed (the kernel's queue overflowed, a watched
    /// folder appeared or vanished): then the caller should look at everything again.
    /// </summary>
    public async Task<IReadOnlyCollection<string>?> NextAsync(CancellationToken cancel)
    {
        await _signal.WaitAsync(cancel).ConfigureAwait(false);
        var started = DateTime.UtcNow;
        // Drain the burst: keep waiting while changes keep coming, but not for ever.
        while (DateTime.UtcNow - started < MostWait && await _signal.WaitAsync(_settle, cancel).ConfigureAwait(false))
        {
        }

        while (_signal.CurrentCount > 0) await _signal.WaitAsync(cancel).ConfigureAwait(false);
        lock (_gate)
        {
            var batch = _lost ? null : _changed;
            _changed = new HashSet<string>(StringComparer.Ordinal);
            _lost = false;
            if (batch is null) Rearm();
            return batch;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _rootWatcher.Dispose();
            foreach (var watcher in _watchers.Values) watcher.Dispose();
            _watchers.Clear();
        }

        _signal.Dispose();
    }

    private void Arm()
    {
        foreach (var folder in Watched.Select(f => Path.Combine(_root, f)))
        {
            if (_watchers.ContainsKey(folder) || !Directory.Exists(folder)) continue;
            try
            {
                _watchers[folder] = Watch(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Vanished between the check and the watch: the root watcher sees it come back.
            }
        }
    }

    // Called under the gate after a watched folder came or went.
    private void Rearm()
    {
        foreach (var gone in _watchers.Where(w => !Directory.Exists(w.Key)).ToList())
        {
            gone.Value.Dispose();
            _watchers.Remove(gone.Key);
        }

        Arm();
    }

    private void Changed(string? path)
    {
        lock (_gate)
        {
            if (path is null) _lost = true;
            else _changed.Add(path);
        }

        try
        {
            _signal.Release();
        }
        catch (ObjectDisposedException)
        {
            // An event raced Dispose.
        }
    }

    private FileSystemWatcher Watch(string folder, bool recursive)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = recursive };
        void Signal(string path)
        {
            if (recursive)
            {
                Changed(path);
                return;
            }

            // Only the watched folders matter at the root: our own output, staging folders and lock file
            // appear there too. A watched folder that comes or goes changes everything under it.
            if (Watched.Contains(Path.GetFileName(path), StringComparer.Ordinal)) Changed(null);
        }

        watcher.Changed += (_, e) => Signal(e.FullPath);
        watcher.Created += (_, e) => Signal(e.FullPath);
        watcher.Deleted += (_, e) => Signal(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Signal(e.OldFullPath);
            Signal(e.FullPath);
        };
        // A lost event (the kernel's queue overflowed) may hide a change: look at everything.
        watcher.Error += (_, _) => Changed(null);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
