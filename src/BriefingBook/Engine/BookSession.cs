using BriefingBook.Analysis;
using BriefingBook.Content;
using BriefingBook.Content.Inputs;
using BriefingBook.Diagnostics;
using BriefingBook.Publishing;
using BriefingBook.Rendering;
using System.Text;

namespace BriefingBook.Engine;

/// <summary>
/// One book built once and then rebuilt after changes. Not thread-safe: one build at a time.
/// </summary>
public sealed class BookSession
{
    private readonly BookPipeline _pipeline;

    internal BookSession(BookPipeline pipeline, BuildOptions options)
    {
        _pipeline = pipeline;
        Options = options;
    }

    public BuildOptions Options { get; }

    /// <summary>
    /// Builds the book into <paramref name="sink"/>. <paramref name="changed"/> names the files that changed since the
    /// last build (full paths), or is null when unknown (the first build, or a watcher that lost events): then every
    /// input is looked at again. Either way the result equals a clean build of the files as they are now.
    /// </summary>
    /// <exception cref="TemplateException">Never: template faults are diagnostics.</exception>
    public BuildResult Build(IOutputSink sink, IReadOnlyCollection<string>? changed = null, CancellationToken cancel = default)
    {
        _ = _pipeline;
        var diagnostics = new DiagnosticBag();
        var paths = new BookPaths(Path.GetFullPath(Options.Root));
        var inputs = new BookFiles(paths, diagnostics);
        var content = ContentLoader.Load(paths, inputs, diagnostics, cancel);
        ContentValidator.Validate(content, diagnostics);
        var book = BookAnalyser.Analyse(content, diagnostics);
        var theme = Theme.Load(paths, content.Book.Theme, inputs, content.Book.Limits, diagnostics);
        if (diagnostics.HasErrors || theme is null) return new BuildResult(diagnostics.Sorted(), book, [], 0);
        IReadOnlyDictionary<string, string> files;
        try
        {
            files = SiteRenderer.Render(book, theme, Options.PrettyUrls, Options.EditorsPages, cancel);
        }
        catch (TemplateException t)
        {
            diagnostics.Error(new SourceLocation(t.LayoutFile, 1), t.Message);
            return new BuildResult(diagnostics.Sorted(), book, [], 0);
        }

        sink.Begin(cancel);
        try
        {
            foreach (var (path, text) in files) sink.Write(path, Encoding.UTF8.GetBytes(text));
            foreach (var asset in theme.Assets) sink.CopyFile("assets/" + asset.SitePath, asset.SourceFile);
            var count = sink.Commit(cancel);
            return new BuildResult(diagnostics.Sorted(), book, [], count);
        }
        catch
        {
            sink.Abort();
            throw;
        }
    }
}
