namespace BriefingBook.Engine;

/// <summary>
/// One registered analysis: reads the loaded content (and the facts of analyses registered before it) and sets
/// its own facts and diagnostics. It says nothing about pages: no English, anchors or display caps. Kept by an
/// immutable <see cref="BookPipeline"/> and shared by its sessions, so whatever it remembers between rebuilds lives
/// in the per-session state it asks the context for.
/// </summary>
public interface IBookAnalysis
{
    /// <summary>A short name for progress lines and timings, such as <c>quotes</c>.</summary>
    string Name { get; }

    void Run(AnalysisContext context);
}
