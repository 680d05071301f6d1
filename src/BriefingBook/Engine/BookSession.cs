using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using BriefingBook.Analysis;
using BriefingBook.Content;
using BriefingBook.Content.Inputs;
using BriefingBook.Diagnostics;
using BriefingBook.Publishing;
using BriefingBook.Rendering;

namespace BriefingBook.Engine;

/// <summary>
/// One book, built and then rebuilt after changes, in named stages: load → validate → analyse → templates → render
/// (streamed into a sink) → publish (the sink's commit). Between builds it keeps what loading made of each file, what
/// each analysis remembers, the compiled theme, and the fingerprint of every file it last wrote, so a rebuild reads
/// only changed files and renders only the files whose inputs changed. The result always equals a clean build of
/// the files as they are. Nothing reaches the sink unless every stage before rendering finished without errors.
/// Not thread-safe: one build at a time.
/// </summary>
public sealed class BookSession
{
    private readonly BookPipeline _pipeline;
    private readonly LoadCache _loaded = new();
    private readonly FactVersions _versions = new();
    private readonly Dictionary<IBookAnalysis, object> _analysisState = [];
    private readonly ThemeCache _themes = new();
    private IOutputSink? _lastSink;
    private Dictionary<string, Fingerprint> _written = new(StringComparer.Ordinal);

    internal BookSession(BookPipeline pipeline, BuildOptions options, bool expectRebuilds)
    {
        _pipeline = pipeline;
        Options = options;
        ExpectsRebuilds = expectRebuilds;
    }

    public BuildOptions Options { get; }

    /// <summary>Whether the session will be rebuilt after edits (a preview), so analyses keep incremental indexes.</summary>
    public bool ExpectsRebuilds { get; }

    /// <summary>Loads, validates and analyses the book and compiles its templates, writing nothing.</summary>
    public BuildResult Check(IReadOnlyCollection<string>? changed = null, CancellationToken cancel = default) => Run(null, changed, cancel);

    /// <summary>
    /// Builds the book into <paramref name="sink"/>. <paramref name="changed"/> names the files that changed since the
    /// last build (full paths), or is null when unknown (the first build, or a watcher that lost events): then every
    /// input's signature is looked at. Either way the result equals a clean build of the files as they are now.
    /// Content problems are diagnostics in the result, and then the sink is not touched.
    /// </summary>
    /// <exception cref="IOException">The sink could not write (a full disk): the live site is as it was.</exception>
    /// <exception cref="OperationCanceledException">Cancelled: the sink was aborted; the live site is as it was.</exception>
    /// <exception cref="BuildStageException">A bug in BriefingBook, named by its stage.</exception>
    public BuildResult Build(IOutputSink sink, IReadOnlyCollection<string>? changed = null, CancellationToken cancel = default) => Run(sink, changed, cancel);

    private BuildResult Run(IOutputSink? sink, IReadOnlyCollection<string>? changed, CancellationToken cancel)
    {
        var diagnostics = new DiagnosticBag { WarningsAsErrors = Options.WarningsAsErrors };
        var timings = new List<(string, TimeSpan)>();
        var steps = new List<(string, TimeSpan)>();

        T Stage<T>(string name, Func<T> work)
        {
            cancel.ThrowIfCancellationRequested();
            Options.StageStarted?.Invoke(name);
            Options.Progress?.Report(new BuildProgress(name, 0, 0));
            cancel.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            try
            {
                return work();
            }
            catch (Exception e)
            {
                // Parallel stages wrap what they throw; deal with the first real cause. Disk errors, template faults
                // and cancellation are handled by callers; anything else is a bug, named by its stage.
                var cause = e is AggregateException all ? all.Flatten().InnerExceptions[0] : e;
                if (cause is IOException or UnauthorizedAccessException or TemplateException or OperationCanceledException or BuildStageException) ExceptionDispatchInfo.Throw(cause);
                throw new BuildStageException(name, cause);
            }
            finally
            {
                timings.Add((name, clock.Elapsed));
            }
        }

        var paths = new BookPaths(Path.GetFullPath(Options.Root));
        var inputs = new BookFiles(paths, diagnostics);
        _loaded.BeginBuild(changed);
        var content = Stage("load", () => ContentLoader.Load(paths, inputs, diagnostics, _loaded, cancel));
        if (Options.BaseUrl is { } baseUrl) content = content with { Book = content.Book with { BaseUrl = baseUrl } };
        Stage("validate", () => { ContentValidator.Validate(content, diagnostics); return 0; });
        var facts = new BookFacts();
        var book = Stage("analyse", () =>
        {
            foreach (var analysis in _pipeline.Analyses)
            {
                cancel.ThrowIfCancellationRequested();
                var clock = Stopwatch.StartNew();
                analysis.Run(new AnalysisContext(content, facts, diagnostics, State, ExpectsRebuilds, cancel));
                steps.Add((analysis.Name, clock.Elapsed));
            }

            var indexing = Stopwatch.StartNew();
            var analysed = AnalysedBook.From(content, facts);
            steps.Add(("index", indexing.Elapsed));
            return analysed;
        });
        // Templates are compiled by `check` too: a broken project layout should fail the pull request.
        var theme = Stage("templates", () => _themes.Load(paths, content.Book, inputs, diagnostics, changed));
        _loaded.EndBuild();
        if (sink is null || diagnostics.HasErrors || theme is null)
            return new BuildResult(diagnostics.Sorted(), book, timings, 0) { Steps = steps };

        var context = new OutputContext(book, facts, theme, Options, _versions, _pipeline.Outputs.Select(o => o.Name));
        var items = Stage("plan", () => Plan(context));
        var sameSink = ReferenceEquals(sink, _lastSink);
        var written = new ConcurrentDictionary<string, Fingerprint>(StringComparer.Ordinal);
        var rendered = 0;
        var done = 0;
        sink.Begin(cancel);
        var committed = false;
        try
        {
            Stage("render", () =>
            {
                var parallel = new ParallelOptions { CancellationToken = cancel, MaxDegreeOfParallelism = Environment.ProcessorCount };
                var every = Math.Max(1, items.Count / 20);
                var deferring = sink as IDeferringSink;
                Parallel.ForEach(items, parallel, item =>
                {
                    var fingerprint = item.DependsOn();
                    var unchanged = sameSink && _written.TryGetValue(item.Path, out var before) && before == fingerprint;
                    if (!(unchanged && sink.Keep(item.Path)))
                    {
                        if (item.CopyFrom is { } file) sink.CopyFile(item.Path, file);
                        else if (deferring is not null) deferring.Defer(item.Path, item.Render!, unchanged);
                        else sink.Write(item.Path, item.Render!());
                        if (!unchanged) Interlocked.Increment(ref rendered);
                    }

                    written[item.Path] = fingerprint;
                    var n = Interlocked.Increment(ref done);
                    if (n % every == 0) Options.Progress?.Report(new BuildProgress("render", n, items.Count));
                });
                return 0;
            });
            var count = Stage("publish", () => sink.Commit(cancel));
            committed = true;
            _lastSink = sink;
            _written = new Dictionary<string, Fingerprint>(written, StringComparer.Ordinal);
            return new BuildResult(diagnostics.Sorted(), book, timings, count) { Rendered = rendered, Steps = steps };
        }
        catch (TemplateException t)
        {
            // Pages render in parallel; one template fault usually breaks many pages, so report the first.
            diagnostics.Error(DiagnosticCodes.TemplateRender, new SourceLocation(t.LayoutFile, t.Line), t.Message);
            return new BuildResult(diagnostics.Sorted(), book, timings, 0);
        }
        finally
        {
            if (!committed) sink.Abort();
        }
    }

    private object State(IBookAnalysis analysis, Func<object> create)
    {
        lock (_analysisState)
        {
            if (!_analysisState.TryGetValue(analysis, out var state)) _analysisState[analysis] = state = create();
            return state;
        }
    }

    private List<OutputItem> Plan(OutputContext context)
    {
        var items = new List<OutputItem>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var output in _pipeline.Outputs)
        {
            foreach (var item in output.Plan(context))
            {
                // Two outputs writing one path is a bug in their registration, not in the book.
                if (!paths.Add(item.Path)) throw new InvalidOperationException($"two outputs write `{item.Path}`; the second is `{output.Name}`");
                items.Add(item);
            }
        }

        return items;
    }
}
