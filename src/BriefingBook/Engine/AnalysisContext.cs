using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;

namespace BriefingBook.Engine;

/// <summary>What an analysis sees during one build: the content, where to put facts and diagnostics, and its session state.</summary>
public sealed class AnalysisContext
{
    private readonly Func<IBookAnalysis, Func<object>, object> _state;

    internal AnalysisContext(BookContent content, BookFacts facts, DiagnosticBag diagnostics, Func<IBookAnalysis, Func<object>, object> state, bool expectsRebuilds, CancellationToken cancel)
    {
        ExpectsRebuilds = expectsRebuilds;
        Content = content;
        Facts = facts;
        Diagnostics = diagnostics;
        _state = state;
        Cancel = cancel;
    }

    public BookContent Content { get; }

    public BookFacts Facts { get; }

    public DiagnosticBag Diagnostics { get; }

    public CancellationToken Cancel { get; }

    /// <summary>The session will be rebuilt after edits: worth keeping indexes that take changes in.</summary>
    public bool ExpectsRebuilds { get; }

    /// <summary>
    /// What <paramref name="analysis"/> keeps between the rebuilds of this session (caches of per-source work),
    /// made by <paramref name="create"/> on the session's first build.
    /// </summary>
    public T State<T>(IBookAnalysis analysis, Func<T> create)
        where T : class =>
        (T)_state(analysis, create);
}
