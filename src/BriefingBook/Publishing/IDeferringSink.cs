namespace BriefingBook.Publishing;

/// <summary>
/// A sink that can take a file as a promise and render it when it is first read: the preview server's memory,
/// where an edit re-plans thousands of pages but a reader looks at one. A file promised this way is rendered from
/// the immutable analysed book of its own build, so it holds exactly the bytes an eager build would have written.
/// </summary>
public interface IDeferringSink : IOutputSink
{
    /// <summary>
    /// Promises the file. <paramref name="unchanged"/> says its inputs are those of the live file (so it is not
    /// reported as changed); the promise is still renewed, so that no promise keeps an old build's book alive.
    /// </summary>
    void Defer(string path, Func<byte[]> render, bool unchanged);
}
