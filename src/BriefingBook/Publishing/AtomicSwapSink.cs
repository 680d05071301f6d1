using BriefingBook.Platform;

namespace BriefingBook.Publishing;

/// <summary>
/// The sink of CLI and CI builds: the new site is assembled in a standby folder beside the output
/// (<c>.NAME.standby</c>, which holds the site before the live one) and swapped in whole, so a failed or
/// interrupted build leaves the live site byte-identical and readers never see a mix. The swapped-out site
/// becomes the next build's standby, so nothing is deleted in bulk: a build rewrites only the files whose
/// bytes differ from the standby's, links in the live site's files it is told to <see cref="Keep"/>, removes
/// the files the new site no longer has, and swaps.
/// </summary>
/// <remarks>
/// <para>On Linux the swap is one <c>renameat2(RENAME_EXCHANGE)</c>. Elsewhere it is three renames (live aside
/// to <c>.NAME.old-…</c>, standby in, the old site to standby); <see cref="SitePublisher.RepairAndSweep"/> mends a
/// build killed between them. The first build into a missing output renames the standby into place and leaves
/// no standby; the second writes every file into a new standby.</para>
/// <para>What the standby holds is known from the list in its marker (<see cref="SiteManifest"/>), which
/// <see cref="Begin"/> wipes before touching anything and <see cref="Commit"/> writes back last: a standby left by a
/// crash or an abort has a bare marker, and its files are then compared byte for byte rather than believed.</para>
/// <para>The caller holds the output's <see cref="BuildLock"/> and has checked the output with
/// <see cref="OutputFolder.Check"/>. A standby that is a symbolic link is removed (the link, not its target); one
/// that is a file, or anything else but a folder, is refused.</para>
/// </remarks>
public sealed class AtomicSwapSink : IOutputSink
{
    private readonly string _output;
    private SiteTree? _standby;
    private Lazy<LiveList>? _live;
    private int _rewritten;

    public AtomicSwapSink(string output)
    {
        _output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        Standby = StandbyOf(_output);
    }

    /// <summary>The folder the next site is assembled in: the previous site, kept beside the output.</summary>
    public string Standby { get; }

    /// <summary>How many files the last build had to write (the rest were already in the standby, or linked in).</summary>
    public int Rewritten => _rewritten;

    public static string StandbyOf(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? full, $".{Path.GetFileName(full)}.standby");
    }

    public void Begin(CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        var parent = Path.GetDirectoryName(_output) ?? throw new OutputRefusedException($"`{_output}` has no parent folder");
        Directory.CreateDirectory(parent);
        switch (NativeFileSystem.Kind(Standby))
        {
            case FileKind.SymbolicLink:
                // Not ours to follow: drop the link itself and start a fresh standby.
                File.Delete(Standby);
                Directory.CreateDirectory(Standby);
                break;
            case FileKind.Missing:
                Directory.CreateDirectory(Standby);
                break;
            case FileKind.Directory:
                break;
            default:
                throw new OutputRefusedException($"refusing to build beside `{_output}`: `{Standby}` is where BriefingBook keeps the previous site, and it is not a folder; move it away");
        }

        _rewritten = 0;
        _standby = SiteTree.Open(Standby);
        _live = new Lazy<LiveList>(() => LiveList.Read(_output), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        if (Tree.Put(path, content)) Interlocked.Increment(ref _rewritten);
    }

    public void CopyFile(string path, string sourceFile) => Write(path, File.ReadAllBytes(sourceFile));

    public bool Keep(string path)
    {
        var tree = Tree;
        if (!SiteTree.IsSitePath(path) || !_live!.Value.TryGet(path, out var stamp, out var file)) return false;
        tree.Take(path, stamp, file);
        return true;
    }

    public int Commit(CancellationToken cancel)
    {
        var tree = Tree;
        cancel.ThrowIfCancellationRequested();
        var count = tree.Seal(cancel);
        // The last moment to stop: after this the new site goes live whole.
        cancel.ThrowIfCancellationRequested();
        Swap();
        _standby = null;
        _live = null;
        return count;
    }

    public void Abort()
    {
        // The standby keeps its bare marker: the next build compares its files rather than trusting them.
        _standby = null;
        _live = null;
    }

    private void Swap()
    {
        switch (NativeFileSystem.Kind(_output))
        {
            case FileKind.Missing:
                Directory.Move(Standby, _output);
                return;
            case FileKind.Directory when NativeFileSystem.TryExchange(Standby, _output):
                return;
            case FileKind.Directory:
                var old = SitePublisher.OldName(_output);
                Directory.Move(_output, old);
                Directory.Move(Standby, _output);
                Directory.Move(old, Standby);
                return;
            default:
                throw new OutputRefusedException($"refusing to write the site into `{_output}`: it changed into something other than a folder during the build");
        }
    }

    private SiteTree Tree => _standby ?? throw new InvalidOperationException("Begin was not called");

    /// <summary>The live site's list of files, read only when a file is kept, and the files it vouches for.</summary>
    private sealed class LiveList
    {
        private readonly string _root;
        private readonly string? _realRoot;
        private readonly Dictionary<string, FileStamp>? _files;
        private readonly DateTime _writtenUtc;

        private LiveList(string root, string? realRoot, Dictionary<string, FileStamp>? files, DateTime writtenUtc)
        {
            _root = root;
            _realRoot = realRoot;
            _files = files;
            _writtenUtc = writtenUtc;
        }

        public static LiveList Read(string output)
        {
            if (NativeFileSystem.Kind(output) != FileKind.Directory) return new LiveList(output, null, null, default);
            var (files, writtenUtc) = SiteTree.ReadList(output);
            return new LiveList(output, NativeFileSystem.RealPath(output), files, writtenUtc);
        }

        /// <summary>The live file is still as its list says (a regular file of that length, not touched since), reached through no link.</summary>
        public bool TryGet(string path, out FileStamp stamp, out string file)
        {
            file = Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar));
            if (_files is null || _realRoot is null || !_files.TryGetValue(path, out stamp)) return Fail(out stamp);
            if (NativeFileSystem.Kind(file) != FileKind.Regular) return Fail(out stamp);
            if (NativeFileSystem.RealPath(file) != Path.Combine(_realRoot, path.Replace('/', Path.DirectorySeparatorChar))) return Fail(out stamp);
            var info = new FileInfo(file);
            return info.Length == stamp.Length && info.LastWriteTimeUtc <= _writtenUtc || Fail(out stamp);
        }

        private static bool Fail(out FileStamp stamp)
        {
            stamp = default;
            return false;
        }
    }
}
