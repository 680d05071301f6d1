using System.Diagnostics;
using System.Runtime.ExceptionServices;
using BriefingBook.Analysis;
using BriefingBook.Content;
using BriefingBook.Diagnostics;
using BriefingBook.Publishing;
using BriefingBook.Rendering;

namespace BriefingBook;

/// <summary>
/// Runs the pipeline in its named stages: load → validate → analyse → render → publish. A check stops after
/// analyse. Nothing is written unless every earlier stage finished without errors, so a bad pull request
/// leaves the previous site as it was.
/// </summary>
public static class BookBuilder
{
    public static BuildResult Check(string root) => Run(new BuildOptions(root, ""), publish: false);

    public static BuildResult Build(BuildOptions options) => Run(options, publish: true);

    private static BuildResult Run(BuildOptions options, bool publish)
    {
        var stage = "load";
        try
        {
            return Run(options, publish, s => stage = s);
        }
        catch (Exception e)
        {
            // Parallel stages wrap what they throw; report the first real cause.
            var cause = e is AggregateException all ? all.Flatten().InnerExceptions[0] : e;
            if (cause is IOException or UnauthorizedAccessException) ExceptionDispatchInfo.Throw(cause);
            // Content problems never get here (they are diagnostics); this is a bug, reported with its stage.
            throw new BuildStageException(stage, cause);
        }
    }

    private static BuildResult Run(BuildOptions options, bool publish, Action<string> entering)
    {
        var diagnostics = new DiagnosticBag();
        var stages = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();

        string[] order = ["load", "validate", "analyse", "templates", "render", "publish"];
        void Lap(string stage)
        {
            stages.Add((stage, clock.Elapsed));
            clock.Restart();
            var next = Array.IndexOf(order, stage) + 1;
            if (next < order.Length) entering(order[next]);
        }

        var paths = new BookPaths(Path.GetFullPath(options.Root));
        var content = ContentLoader.Load(paths, diagnostics);
        Lap("load");
        ContentValidator.Validate(content, diagnostics);
        Lap("validate");
        var book = BookAnalyser.Analyse(content, diagnostics);
        Lap("analyse");

        // Templates are checked by `check` too: a broken project layout should fail the pull request.
        var theme = Theme.Load(paths, content.Book.Theme, diagnostics);
        Lap("templates");
        if (!publish || diagnostics.HasErrors || theme is null)
            return new BuildResult(diagnostics.Sorted(), book, stages, 0);

        IReadOnlyDictionary<string, string> files;
        try
        {
            files = SiteRenderer.Render(book, theme, options.PrettyUrls);
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.FirstOrDefault() is TemplateException t)
        {
            // Pages render in parallel; one template fault usually breaks many pages, so report the first.
            diagnostics.Error(new SourceLocation(t.LayoutFile, 1), t.Message);
            return new BuildResult(diagnostics.Sorted(), book, stages, 0);
        }

        Lap("render");
        SitePublisher.Publish(files, theme.AssetsFolder, options.Output);
        Lap("publish");
        return new BuildResult(diagnostics.Sorted(), book, stages, files.Count);
    }
}
