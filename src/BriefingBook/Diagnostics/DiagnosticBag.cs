using System.Collections.Concurrent;

namespace BriefingBook.Diagnostics;

/// <summary>
/// Collects every problem instead of stopping at the first, so an editor fixes a pull request in one pass.
/// Thread-safe because files are loaded in parallel; <see cref="Sorted"/> gives a stable order.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Error(SourceLocation at, string message) => _items.Enqueue(new Diagnostic(Severity.Error, at, message));

    public void Warning(SourceLocation at, string message) => _items.Enqueue(new Diagnostic(Severity.Warning, at, message));

    /// <summary>Diagnostics recorded elsewhere (a cached file's, replayed on a rebuild that reuses it).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) _items.Enqueue(d);
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
