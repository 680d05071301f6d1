using BriefingBook.Content;
using BriefingBook.Engine;
using BriefingBook.Publishing;

namespace BriefingBook;

/// <summary>
/// One-shot builds, as the CLI and CI run them: a fresh <see cref="BookSession"/> of the default pipeline, publishing
/// through an <see cref="AtomicSwapSink"/> (the previous site, kept beside the output as a standby, updated where it
/// differs and swapped in whole). Nothing is written unless every stage before rendering
/// finished without errors, so a bad pull request leaves the previous site as it was.
/// </summary>
public static class BookBuilder
{
    public static BuildResult Check(string root, CancellationToken cancel = default) => Check(root, warningsAsErrors: false, cancel);

    /// <param name="warningsAsErrors">Record every warning as an error (<c>check --warnings-as-errors</c>).</param>
    public static BuildResult Check(string root, bool warningsAsErrors, CancellationToken cancel = default) =>
        BookPipeline.CreateDefault().OpenSession(new BuildOptions(root, "", WarningsAsErrors: warningsAsErrors)).Check(cancel: cancel);

    /// <exception cref="OutputRefusedException">The output folder may not be replaced, or another build is writing it: nothing was touched.</exception>
    /// <exception cref="OperationCanceledException">Cancelled (SIGINT, SIGTERM): the previous site is as it was and no staging folder is left.</exception>
    public static BuildResult Build(BuildOptions options, CancellationToken cancel = default)
    {
        // Refuse a dangerous output before any work, and again under the lock just before publishing.
        var paths = new BookPaths(Path.GetFullPath(options.Root));
        OutputFolder.Check(paths, options.Output);
        using var buildLock = BuildLock.Acquire(options.Output);
        OutputFolder.Check(paths, options.Output);
        SitePublisher.RepairAndSweep(options.Output);
        return BookPipeline.CreateDefault().OpenSession(options).Build(new AtomicSwapSink(options.Output), cancel: cancel);
    }
}
