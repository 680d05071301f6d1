namespace BriefingBook.Publishing;

/// <summary>
/// Where a build's files land. The engine streams files into a sink a bounded number at a time (nothing holds
/// the whole site) and the sink decides how they go live: a staging folder swapped in atomically (CLI and CI
/// builds), files rewritten in place only when their bytes changed (preview into a folder), or memory (tests,
/// <c>serve</c>). Between <see cref="Begin"/> and <see cref="Commit"/> the site that was live stays live;
/// <see cref="Abort"/> leaves it untouched.
/// </summary>
/// <remarks>
/// Paths are site-relative with <c>/</c> separators (<c>actors/putin.html</c>). <see cref="Write"/>,
/// <see cref="CopyFile"/> and <see cref="Keep"/> may be called from several threads at once.
/// </remarks>
public interface IOutputSink
{
    /// <summary>Starts receiving a new site. Throws <see cref="IOException"/> if the destination cannot be prepared.</summary>
    void Begin(CancellationToken cancel);

    /// <summary>One file of the new site.</summary>
    void Write(string path, ReadOnlySpan<byte> content);

    /// <summary>A static file copied from the book (a theme asset), by its path on disk.</summary>
    void CopyFile(string path, string sourceFile);

    /// <summary>
    /// The file is byte-identical to the one this sink made live at its last <see cref="Commit"/>: keep it without
    /// being given its bytes. Returns false when the sink has no such file (say, its first build), and the engine
    /// then renders and writes it.
    /// </summary>
    bool Keep(string path);

    /// <summary>
    /// Every file of the new site has been written or kept: make it live, dropping files of the old site that were
    /// neither. Returns the number of files the live site now holds.
    /// </summary>
    int Commit(CancellationToken cancel);

    /// <summary>The build failed or was cancelled: discard what was written; the live site stays as it was.</summary>
    void Abort();
}
