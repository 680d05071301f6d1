using BriefingBook.Platform;

namespace BriefingBook.Publishing;

/// <summary>
/// Writes the site straight into a live folder, for previews: a file is rewritten only when its bytes changed
/// (each one whole, under a temporary name renamed over the old, so a browser never reads half a page), and
/// files the new site no longer has are deleted at <see cref="Commit"/>.
/// </summary>
/// <remarks>
/// <b>Not atomic.</b> While a build runs, the folder holds a mix of old and new pages, and a build that fails
/// or is interrupted leaves that mix (<see cref="Abort"/> cannot undo what was written). Its marker is bare
/// from <see cref="Begin"/> until <see cref="Commit"/>, so the next build compares every file rather than trusting
/// a list, and <see cref="Keep"/> answers false for a file it can no longer vouch for. Use
/// <see cref="AtomicSwapSink"/> wherever a half-built site must never be served. Like it, this sink refuses a
/// folder that is a link, or that is neither empty nor BriefingBook's, and the caller holds the
/// <see cref="BuildLock"/>.
/// </remarks>
public sealed class WriteIfChangedSink : IOutputSink
{
    private readonly string _folder;
    private SiteTree? _tree;
    private int _rewritten;

    public WriteIfChangedSink(string folder) => _folder = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>How many files the last build had to write.</summary>
    public int Rewritten => _rewritten;

    public void Begin(CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        switch (NativeFileSystem.Kind(_folder))
        {
            case FileKind.Missing:
                Directory.CreateDirectory(_folder);
                break;
            case FileKind.Directory:
                if (Directory.EnumerateFileSystemEntries(_folder).Any() && !OutputFolder.IsOurs(_folder))
                    throw new OutputRefusedException($"refusing to write the site into `{_folder}`: it is not empty and was not written by BriefingBook (it has no `{OutputFolder.Marker}` file)");
                break;
            case FileKind.SymbolicLink:
                throw new OutputRefusedException($"refusing to write the site into `{_folder}`: it is a symbolic link");
            default:
                throw new OutputRefusedException($"refusing to write the site into `{_folder}`: it exists and is not a folder");
        }

        _rewritten = 0;
        _tree = SiteTree.Open(_folder);
    }

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        if (Tree.Put(path, content)) Interlocked.Increment(ref _rewritten);
    }

    public void CopyFile(string path, string sourceFile) => Write(path, File.ReadAllBytes(sourceFile));

    public bool Keep(string path) => SiteTree.IsSitePath(path) && Tree.KeepListed(path);

    public int Commit(CancellationToken cancel)
    {
        var count = Tree.Seal(cancel);
        _tree = null;
        return count;
    }

    public void Abort() => _tree = null;

    private SiteTree Tree => _tree ?? throw new InvalidOperationException("Begin was not called");
}
