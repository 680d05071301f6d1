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

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct()];
}
