using System.Diagnostics;
using System.Runtime.ExceptionServices;
using BriefingBook.Analysis;
using BriefingBook.Content;
using BriefingBook.Content.Inputs;
using BriefingBook.Diagnostics;
using BriefingBook.Publishing;
using BriefingBook.Rendering;

namespace BriefingBook;

/// <summary>
/// Runs the pipeline in its named stages: load → validate → analyse → templates → render → publish. A check
/// stops after templates. Nothing is written unless every earlier stage finished without errors, so a bad
/// pull request leaves the previous site as it was.
/// </summary>
public static class BookBuilder
{
    public static BuildResult Check(string root, CancellationToken cancel = default) => Run(new BuildOptions(root, ""), publish: false, cancel);

    /// <exception cref="OutputRefusedException">The output folder may not be replaced, or another build is writing it: nothing was touched.</exception>
    /// <exception cref="OperationCanceledException">Cancelled (SIGINT, SIGTERM): the previous site is as it was and no staging folder is left.</exception>
    public static BuildResult Build(BuildOptions options, CancellationToken cancel = default)
    {
        // Refuse a dangerous output before any work, and again under the lock just before publishing.
        var paths = new BookPaths(Path.GetFullPath(options.Root));
        OutputFolder.Check(paths, options.Output);
        using var buildLock = BuildLock.Acquire(options.Output);
        SitePublisher.RepairAndSweep(options.Output);
        return Run(options, publish: true, cancel);
    }

    private static BuildResult Run(BuildOptions options, bool publish, CancellationToken cancel)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<(string, TimeSpan)>();

        T Stage<T>(string name, Func<T> work)
        {
            cancel.ThrowIfCancellationRequested();
            options.StageStarted?.Invoke(name);
            options.Progress?.Report(new Engine.BuildProgress(name, 0, 0));
            cancel.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            try
            {
                return work();
            }
            catch (Exception e)
            {
                // Parallel stages wrap what they throw; deal with the first real cause. Disk errors,
                // template faults and cancellation are handled by callers; anything else is a bug, named by
                // its stage.
                var cause = e is AggregateException all ? all.Flatten().InnerExceptions[0] : e;
                if (cause is IOException or UnauthorizedAccessException or TemplateException or OperationCanceledException) ExceptionDispatchInfo.Throw(cause);
                throw new BuildStageException(name, cause);
            }
            finally
            {
                timings.Add((name, clock.Elapsed));
            }
        }

        var paths = new BookPaths(Path.GetFullPath(options.Root));
        var inputs = new BookFiles(paths, diagnostics);
        var content = Stage("load", () => ContentLoader.Load(paths, inputs, diagnostics, cancel));
        Stage("validate", () => { ContentValidator.Validate(content, diagnostics); return 0; });
        var book = Stage("analyse", () => BookAnalyser.Analyse(content, diagnostics));
        // Templates are compiled by `check` too: a broken project layout should fail the pull request.
        var theme = Stage("templates", () => Theme.Load(paths, content.Book.Theme, inputs, content.Book.Limits, diagnostics));
        if (!publish || diagnostics.HasErrors || theme is null)
            return new BuildResult(diagnostics.Sorted(), book, timings, 0);

        IReadOnlyDictionary<string, string> files;
        try
        {
            files = Stage("render", () => SiteRenderer.Render(book, theme, options.PrettyUrls, options.EditorsPages, cancel));
        }
        catch (TemplateException t)
        {
            // Pages render in parallel; one template fault usually breaks many pages, so report the first.
            diagnostics.Error(new SourceLocation(t.LayoutFile, 1), t.Message);
            return new BuildResult(diagnostics.Sorted(), book, timings, 0);
        }

        var written = Stage("publish", () =>
        {
            OutputFolder.Check(paths, options.Output);
            return SitePublisher.Publish(files, theme.Assets, options.Output, cancel);
        });
        return new BuildResult(diagnostics.Sorted(), book, timings, written);
    }
}
