namespace BriefingBook;

/// <summary>
/// Rebuilds the book whenever an input changes, for editors previewing their work: build once, then watch
/// <c>content/</c>, <c>seeds/</c>, <c>themes/</c> and <c>layouts/</c>, and rebuild after changes settle.
/// A failed rebuild leaves the last good site in place, as every build does.
/// </summary>
public static class BookWatcher
{
    private static readonly string[] Watched = ["content", "seeds", "themes", "layouts"];

    // Editors' tools save in bursts (temp file, rename, touch); wait for quiet before rebuilding.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    public static void Run(BuildOptions options, Action<BuildResult> report, CancellationToken cancel)
    {
        using var changed = new SemaphoreSlim(0);
        var watchers = Watched
            .Select(folder => Path.Combine(options.Root, folder))
            .Where(Directory.Exists)
            .Select(folder => Watch(folder, changed))
            .ToList();
        try
        {
            report(BookBuilder.Build(options));
            while (!cancel.IsCancellationRequested)
            {
                changed.Wait(cancel);
                // Drain the burst: keep waiting while changes keep coming.
                while (changed.Wait(Settle, cancel))
                {
                }

                report(BookBuilder.Build(options));
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Stopped by the user.
        }
        finally
        {
            foreach (var watcher in watchers) watcher.Dispose();
        }
    }

    private static FileSystemWatcher Watch(string folder, SemaphoreSlim changed)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true };
        FileSystemEventHandler signal = (_, _) => changed.Release();
        watcher.Changed += signal;
        watcher.Created += signal;
        watcher.Deleted += signal;
        watcher.Renamed += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
