namespace BriefingBook;

/// <summary>
/// Rebuilds the book whenever an input changes, for editors previewing their work: build once, then watch
/// <c>content/</c>, <c>seeds/</c>, <c>themes/</c> and <c>layouts/</c>, and rebuild after changes settle.
/// A failed rebuild leaves the last good site in place, as every build does, and nothing ends the session
/// but the user: a broken file is diagnostics, and an internal error or a disk fault (an editor's atomic
/// save, a file deleted mid-rebuild) is reported and the next change is built again.
/// </summary>
public static class BookWatcher
{
    private static readonly string[] Watched = ["content", "seeds", "themes", "layouts"];

    // Editors' tools save in bursts (temp file, rename, touch); wait for quiet before rebuilding.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    public static void Run(BuildOptions options, Action<BuildResult> report, Action<Exception> fault, CancellationToken cancel)
    {
        using var changed = new SemaphoreSlim(0);
        var watchers = new Dictionary<string, FileSystemWatcher>(StringComparer.Ordinal);
        void Arm()
        {
            foreach (var folder in Watched.Select(f => Path.Combine(options.Root, f)))
            {
                if (!watchers.ContainsKey(folder) && Directory.Exists(folder)) watchers[folder] = Watch(folder, changed, recursive: true);
            }
        }

        // The book's own folder, not recursively: notices a watched folder created (or re-created) later.
        using var root = Watch(options.Root, changed, recursive: false);
        try
        {
            Arm();
            Rebuild(options, report, fault, cancel);
            while (!cancel.IsCancellationRequested)
            {
                changed.Wait(cancel);
                // Drain the burst: keep waiting while changes keep coming.
                while (changed.Wait(Settle, cancel))
                {
                }

                foreach (var gone in watchers.Where(w => !Directory.Exists(w.Key)).ToList())
                {
                    gone.Value.Dispose();
                    watchers.Remove(gone.Key);
                }

                Arm();
                Rebuild(options, report, fault, cancel);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Stopped by the user.
        }
        finally
        {
            foreach (var watcher in watchers.Values) watcher.Dispose();
        }
    }

    private static void Rebuild(BuildOptions options, Action<BuildResult> report, Action<Exception> fault, CancellationToken cancel)
    {
        try
        {
            report(BookBuilder.Build(options, cancel));
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A preview session must outlive any one failed rebuild, whatever failed.
        catch (Exception e)
#pragma warning restore CA1031
        {
            fault(e);
        }
    }

    private static FileSystemWatcher Watch(string folder, SemaphoreSlim changed, bool recursive)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = recursive };
        FileSystemEventHandler signal = (_, e) =>
        {
            // Our own staging folders and lock file appear beside the output, which may be in the book's folder.
            if (!recursive && (Path.GetFileName(e.FullPath).StartsWith('.') || !Watched.Contains(Path.GetFileName(e.FullPath)))) return;
            changed.Release();
        };
        watcher.Changed += signal;
        watcher.Created += signal;
        watcher.Deleted += signal;
        watcher.Renamed += (_, e) => signal(watcher, e);
        // A lost event (the kernel's queue overflowed) may hide a change: rebuild to be sure.
        watcher.Error += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
