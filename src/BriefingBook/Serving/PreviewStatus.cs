namespace BriefingBook.Serving;

/// <summary>
/// The state a served page shows besides its own content: the errors of the latest build (empty when it went
/// live), each one diagnostic line, and the number of builds so far. Immutable: the server reads it while the
/// next build runs.
/// </summary>
public sealed record PreviewStatus(IReadOnlyList<string> Errors, int Builds)
{
    public static readonly PreviewStatus Empty = new([], 0);
}
