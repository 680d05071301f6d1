using BriefingBook.Content;
using BriefingBook.Engine;
using BriefingBook.Publishing;
using BriefingBook.Serving;

namespace BriefingBook;

/// <summary>
/// Rebuilds the book into its output folder whenever an input changes (<c>build --watch</c>): build once, then
/// watch <c>content/</c>, <c>seeds/</c>, <c>themes/</c> and <c>layouts/</c> (<see cref="InputWatcher"/>) and
/// rebuild after changes settle. One build session lives as long as the watch, told which files changed, so a
/// rebuild reads, analyses and renders only what an edit touched; every rebuild still publishes through the same
/// <see cref="AtomicSwapSink"/> (unchanged files are linked from the live site into the standby), so a failed
/// rebuild leaves the last good site in place, as every build does. The output's lock is held for the whole
/// watch. Nothing ends the session but the user: a broken file is diagnostics, and an internal error or a disk
/// fault (an editor's atomic save, a file deleted mid-rebuild) is reported and the next change is built again,
/// with every input looked at afresh. <c>serve</c> (<see cref="PreviewServer"/>) does the same into memory and
/// reloads the browser.
/// </summary>
public static class BookWatcher
{
    /// <exception cref="OutputRefusedException">The output folder may not be replaced, or another build is writing it.</exception>
    public static void Run(BuildOptions options, Action<BuildResult> report, Action<Exception> fault, CancellationToken cancel)
    {
        var paths = new BookPaths(Path.GetFullPath(options.Root));
        OutputFolder.Check(paths, options.Output);
        using var buildLock = BuildLock.Acquire(options.Output);
        SitePublisher.RepairAndSweep(options.Output);
        var session = BookPipeline.CreateDefault().OpenSession(options, expectRebuilds: true);
        var sink = new AtomicSwapSink(options.Output);
        using var watcher = new InputWatcher(options.Root);
        try
        {
            var ok = Rebuild(session, sink, paths, options, null, report, fault, cancel);
            while (!cancel.IsCancellationRequested)
            {
                var changed = watcher.NextAsync(cancel).GetAwaiter().GetResult();
                // After a fault the session may be behind the files: look at every input again.
                ok = Rebuild(session, sink, paths, options, ok ? changed : null, report, fault, cancel);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Stopped by the user.
        }
    }

    private static bool Rebuild(BookSession session, AtomicSwapSink sink, BookPaths paths, BuildOptions options, IReadOnlyCollection<string>? changed, Action<BuildResult> report, Action<Exception> fault, CancellationToken cancel)
    {
        try
        {
            // The output folder is checked again before every rebuild: it may have been replaced meanwhile.
            OutputFolder.Check(paths, options.Output);
            report(session.Build(sink, changed, cancel));
            return true;
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
            return false;
        }
    }
}
