using System.Diagnostics;
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
        var diagnostics = new DiagnosticBag();
        var stages = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();

        void Lap(string stage)
        {
            stages.Add((stage, clock.Elapsed));
            clock.Restart();
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

        var files = SiteRenderer.Render(book, theme, options.PrettyUrls);
        Lap("render");
        SitePublisher.Publish(files, theme.AssetsFolder, options.Output);
        Lap("publish");
        return new BuildResult(diagnostics.Sorted(), book, stages, files.Count);
    }
}
