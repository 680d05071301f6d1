using BriefingBook.Analysis;
using BriefingBook.Diagnostics;

namespace BriefingBook;

/// <summary>
/// The outcome of a check or build: every diagnostic, the analysed book when loading got that far, and how
/// long each stage took (for the editor's summary line and for benchmarks).
/// </summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    AnalysedBook? Book,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages,
    int FilesWritten)
{
    /// <summary>
    /// How many files had a new fingerprint (a first build: all of them) and were rendered, copied or, into a deferring
    /// sink, promised; the rest were unchanged since the session's last build into the same sink.
    /// </summary>
    public int Rendered { get; init; }

    /// <summary>How long each registered analysis (and the indexing after them) took, within the analyse stage; for benchmarks.</summary>
    public IReadOnlyList<(string Step, TimeSpan Elapsed)> Steps { get; init; } = [];

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
