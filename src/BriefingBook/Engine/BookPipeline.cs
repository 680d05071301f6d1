namespace BriefingBook.Engine;

/// <summary>
/// The configured build: which analyses run and which outputs are written. Built once (immutable, safe to share
/// between threads), then opened as any number of <see cref="BookSession"/>s, each of which keeps its own caches
/// between rebuilds.
/// </summary>
public sealed class BookPipeline
{
    /// <summary>The analyses and outputs of a normal build of the book.</summary>
    public static BookPipeline CreateDefault() => new();

    /// <summary>A session on one book: build it, then rebuild it after changes, reusing what did not change.</summary>
    public BookSession OpenSession(BuildOptions options) => new(this, options);
}
