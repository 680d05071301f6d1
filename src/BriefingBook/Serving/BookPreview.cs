using System.Diagnostics;
using BriefingBook.Diagnostics;
using BriefingBook.Engine;
using BriefingBook.Publishing;

namespace BriefingBook.Serving;

/// <summary>
/// A book kept built in memory for a preview: one engine session building into a <see cref="MemorySink"/>,
/// rebuilt from what the <see cref="InputWatcher"/> saw change. While the book is broken the sink keeps the last
/// good site and <see cref="Status"/> carries the errors. Nothing ends the session but cancellation: an exception
/// from a build (a file deleted mid-rebuild, a disk fault, a bug) becomes one error line, and the next build
/// looks at every input again, since the failed one may have left the session's caches behind the files.
/// </summary>
public sealed class BookPreview : IDisposable
{
    private readonly BookSession _session;
    private readonly InputWatcher _watcher;
    private readonly Action<PreviewBuild> _report;
    private volatile PreviewStatus _status = PreviewStatus.Empty;
    private bool _lookAtEverything = true;

    /// <param name="report">Told about every build, on the building thread.</param>
    public BookPreview(ServeOptions options, Action<PreviewBuild> report, BookPipeline? pipeline = null)
    {
        var root = Path.GetFullPath(options.Root);
        // The watcher starts before the first build so that a save during it is not lost.
        _watcher = new InputWatcher(root);
        _session = (pipeline ?? BookPipeline.CreateDefault())
            .OpenSession(new BuildOptions(root, "", options.PrettyUrls, EditorsPages: options.EditorsPages, Progress: options.Progress), expectRebuilds: true);
        _report = report;
    }

    /// <summary>The site being served: the last build that went live.</summary>
    public MemorySink Site { get; } = new();

    public PreviewStatus Status => _status;

    public LiveReload Tabs { get; } = new();

    /// <summary>Builds the book once (the first build); a broken book is a status, not an exception.</summary>
    public PreviewBuild BuildFirst(CancellationToken cancel) => Rebuild(null, first: true, cancel);

    /// <summary>Rebuilds after every settled batch of changes until cancelled.</summary>
    public async Task WatchAsync(CancellationToken cancel)
    {
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var changed = await _watcher.NextAsync(cancel).ConfigureAwait(false);
                Rebuild(changed, first: false, cancel);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Stopped by the user.
        }
    }

    private PreviewBuild Rebuild(IReadOnlyCollection<string>? changed, bool first, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var commits = Site.Commits;
        BuildResult? result = null;
        string? fault = null;
        try
        {
            result = _session.Build(Site, _lookAtEverything ? null : changed, cancel);
            _lookAtEverything = false;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A preview session must outlive any one failed rebuild, whatever failed.
        catch (Exception e)
#pragma warning restore CA1031
        {
            fault = "error: " + VisibleText.Escape(e.Message);
            _lookAtEverything = true;
        }

        var live = Site.Commits != commits;
        var changedFiles = live ? Site.LastChanged : [];
        IReadOnlyList<string> errors = fault is not null
            ? [fault]
            : [.. result!.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString())];
        var old = _status;
        var status = new PreviewStatus(errors, old.Builds + 1);
        _status = status;
        Tabs.Announce(changedFiles, overlayChanged: !old.Errors.SequenceEqual(errors, StringComparer.Ordinal), status.Builds);
        var build = new PreviewBuild(DateTimeOffset.Now, result, fault, changedFiles.Count, clock.Elapsed, first);
        _report(build);
        return build;
    }

    public void Dispose() => _watcher.Dispose();
}
