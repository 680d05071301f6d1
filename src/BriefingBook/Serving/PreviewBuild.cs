namespace BriefingBook.Serving;

/// <summary>
/// One build of a preview session, for the terminal: when it finished, what the engine said
/// (<paramref name="Result"/>, null when it threw), the one-line <paramref name="Fault"/> when it threw (a file
/// deleted mid-rebuild, a disk error, a bug), how many served files changed, and how long it took.
/// </summary>
public sealed record PreviewBuild(DateTimeOffset At, BuildResult? Result, string? Fault, int FilesChanged, TimeSpan Elapsed, bool First)
{
    /// <summary>The build went live: its pages are the ones served now.</summary>
    public bool Succeeded => Fault is null && Result is { Succeeded: true };
}
