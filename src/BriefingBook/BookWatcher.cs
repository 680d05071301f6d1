using BriefingBook.Serving;

namespace BriefingBook;

/// <summary>
/// Rebuilds the book into its output folder whenever an input changes (<c>build --watch</c>): build once, then
/// watch <c>content/</c>, <c>seeds/</c>, <c>themes/</c> and <c>layouts/</c> (<see cref="InputWatcher"/>) and
/// rebuild after changes settle. A failed rebuild leaves the last good site in place, as every build does, and
/// nothing ends the session but the user: a broken file is diagnostics, and an internal error or a disk fault
/// (an editor's atomic save, a file deleted mid-rebuild) is reported and the next change is built again.
/// <c>serve</c> (<see cref="PreviewServer"/>) does the same into memory and reloads the browser.
/// </summary>
public static class BookWatcher
{
    public static void Run(BuildOptions options, Action<BuildResult> report, Action<Exception> fault, CancellationToken cancel)
    {
        using var watcher = new InputWatcher(options.Root);
        try
        {
            Rebuild(options, report, fault, cancel);
            while (!cancel.IsCancellationRequested)
            {
                watcher.NextAsync(cancel).GetAwaiter().GetResult();
                Rebuild(options, report, fault, cancel);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Stopped by the user.
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
}
