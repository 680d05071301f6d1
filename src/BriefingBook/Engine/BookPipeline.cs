namespace BriefingBook.Engine;

/// <summary>
/// The configured build: which analyses run and which outputs are written. Made by <see cref="BookPipelineBuilder"/>,
/// immutable and safe to share between threads; opened as any number of <see cref="BookSession"/>s, each of which
/// keeps its own caches between rebuilds.
/// </summary>
public sealed class BookPipeline
{
    internal BookPipeline(IReadOnlyList<IBookAnalysis> analyses, IReadOnlyList<IBookOutput> outputs)
    {
        Analyses = analyses;
        Outputs = outputs;
    }

    public IReadOnlyList<IBookAnalysis> Analyses { get; }

    public IReadOnlyList<IBookOutput> Outputs { get; }

    /// <summary>The analyses and outputs of a normal build of the book.</summary>
    public static BookPipeline CreateDefault() => new BookPipelineBuilder().UseDefaults().Build();

    /// <summary>A session on one book: build it, then rebuild it after changes, reusing what did not change.</summary>
    /// <param name="expectRebuilds">The session will be rebuilt after edits (a preview): analyses may then spend more on
    /// the first build to keep indexes that take sources in and out, rather than answer once and forget.</param>
    public BookSession OpenSession(BuildOptions options, bool expectRebuilds = false) => new(this, options, expectRebuilds);
}
