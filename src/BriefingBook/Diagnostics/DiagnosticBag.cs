using System.Collections.Concurrent;

namespace BriefingBook.Diagnostics;

/// <summary>
/// Collects every problem instead of stopping at the first, so an editor fixes a pull request in one pass.
/// Thread-safe because files are loaded in parallel; <see cref="Sorted"/> gives a stable order. Every problem
/// carries its code from <see cref="DiagnosticCodes"/> (there is no overload without one).
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    /// <summary>
    /// Records warnings as errors (<c>--warnings-as-errors</c>), including those replayed from a cache, so that
    /// a warning stops a build before anything is written, as an error does.
    /// </summary>
    public bool WarningsAsErrors { get; init; }

    public void Error(DiagnosticCode code, SourceLocation at, string message) => _items.Enqueue(new Diagnostic(Severity.Error, at, message, code));

    public void Warning(DiagnosticCode code, SourceLocation at, string message) =>
        _items.Enqueue(new Diagnostic(WarningsAsErrors ? Severity.Error : Severity.Warning, at, message, code));

    /// <summary>Diagnostics recorded elsewhere (a cached file's, replayed on a rebuild that reuses it).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) _items.Enqueue(WarningsAsErrors && d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d);
    }

    /// <summary>Everything recorded so far, in no particular order.</summary>
    public IReadOnlyList<Diagnostic> ToList() => [.. _items];

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct()];
}
