using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Text;
using BriefingBook.Platform;

namespace BriefingBook.Publishing;

/// <summary>
/// A folder on disk that is being turned into a new site file by file, knowing what it already holds so that
/// unchanged files are left alone. Opening it reads the list of files its marker vouches for (see
/// <see cref="SiteManifest"/>) and then rewrites the marker bare, so that a build that dies from here on leaves
/// a folder whose list is not trusted; the list is written back, for the new site, by <see cref="Seal"/>.
/// </summary>
/// <remarks>
/// <para>A listed file is believed without reading it only when it is still a regular file of the listed length
/// whose modification time is not later than the marker's: an edit by hand after the build is noticed and the
/// file rewritten. Without a trusted list, a file of the right length is read and compared.</para>
/// <para>Files are never changed in place: a new version is written beside the old under a temporary name and
/// renamed over it. That matters because a reused file may be a hard link shared with the live site.</para>
/// <para>Opening removes every symbolic link, pipe, socket or device found in the folder (the link itself, never
/// what it points to), so that no write can be led out of the folder.</para>
/// </remarks>
internal sealed class SiteTree
{
    private readonly string _root;
    private readonly Dictionary<string, FileStamp>? _listed;
    private readonly DateTime _listedAt;
    private readonly Dictionary<string, (long Length, DateTime WrittenUtc)> _files;
    private readonly HashSet<string> _folders;
    private readonly ConcurrentDictionary<string, FileStamp> _site = new(StringComparer.Ordinal);
    private readonly Lock _layout = new();

    private SiteTree(string root, Dictionary<string, FileStamp>? listed, DateTime listedAt)
    {
        _root = root;
        _listed = listed;
        _listedAt = listedAt;
        (_files, _folders) = Scan(root);
    }

    public string Root => _root;

    /// <summary>True when the folder came with a list of files it could be trusted to hold.</summary>
    public bool Trusted => _listed is not null;

    /// <summary>Reads the folder's list, marks the folder untrusted on disk, and lists what is really there.</summary>
    public static SiteTree Open(string root)
    {
        var (listed, listedAt) = ReadList(root);
        // From here until Seal the folder's files are in flux; a bare marker says so to any later build.
        WriteMarker(root, OutputFolder.MarkerText);
        return new SiteTree(root, listed, listedAt);
    }

    /// <summary>The files a folder's marker vouches for, and when it was written; null when there is no trusted list.</summary>
    public static (Dictionary<string, FileStamp>? Files, DateTime WrittenUtc) ReadList(string root)
    {
        var marker = Path.Combine(root, OutputFolder.Marker);
        if (NativeFileSystem.Kind(marker) != FileKind.Regular) return (null, default);
        var writtenUtc = File.GetLastWriteTimeUtc(marker);
        return (SiteManifest.Parse(File.ReadAllText(marker, Encoding.UTF8)), writtenUtc);
    }

    /// <summary>A path a site may hold: relative, <c>/</c>-separated, no empty, <c>.</c> or <c>..</c> segment, no control character, and not the marker.</summary>
    public static bool IsSitePath(string path) =>
        path.Length > 0
        && path != OutputFolder.Marker
        && !path.Any(c => c == '\\' || char.IsControl(c))
        && path.Split('/').All(segment => segment is not ("" or "." or ".."));

    /// <summary>The file at <paramref name="path"/> will be part of the new site with these bytes: written unless the folder already holds them.</summary>
    /// <returns>True when the file had to be written.</returns>
    public bool Put(string path, ReadOnlySpan<byte> content)
    {
        Require(path);
        var stamp = FileStamp.Of(content);
        var same = Holds(path, stamp, content);
        if (!same) Replace(path, content);
        _site[path] = stamp;
        return !same;
    }

    /// <summary>The file at <paramref name="path"/> will be part of the new site and is <paramref name="existing"/>, a regular file with these bytes elsewhere on the same disk: linked (or copied) in unless the folder already holds it.</summary>
    public void Take(string path, FileStamp stamp, string existing)
    {
        Require(path);
        if (!HoldsListed(path, stamp))
            Install(path, temp =>
            {
                if (!NativeFileSystem.TryHardLink(existing, temp)) File.Copy(existing, temp);
            });
        _site[path] = stamp;
    }

    /// <summary>The folder's listed file is unchanged since its list was written and has these bytes: nothing to do but count it in.</summary>
    public bool KeepListed(string path)
    {
        Require(path);
        if (!TryListed(path, out var stamp)) return false;
        _site[path] = stamp;
        return true;
    }

    /// <summary>The stamp of a listed file that is still as listed.</summary>
    public bool TryListed(string path, out FileStamp stamp)
    {
        stamp = default;
        return _listed is not null && _listed.TryGetValue(path, out stamp) && Unchanged(path, stamp);
    }

    /// <summary>Removes every file and folder that is not part of the new site, then writes the marker with the new site's list. Returns how many files the folder now holds, the marker included.</summary>
    public int Seal(CancellationToken cancel)
    {
        foreach (var path in _files.Keys)
        {
            if (_site.ContainsKey(path)) continue;
            cancel.ThrowIfCancellationRequested();
            var full = Full(path);
            if (NativeFileSystem.Kind(full) is not (FileKind.Missing or FileKind.Directory)) File.Delete(full);
        }

        var needed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in _site.Keys)
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
                if (!needed.Add(path[..slash])) break;
        foreach (var folder in _folders.Where(f => !needed.Contains(f)).OrderByDescending(f => f.Length))
        {
            var full = Full(folder);
            if (NativeFileSystem.Kind(full) != FileKind.Directory) continue;
            try
            {
                Directory.Delete(full);
            }
            catch (IOException)
            {
                // Not empty after all (say, a temporary file a failed write could not remove): leave it, the next build tries again.
            }
        }

        WriteMarker(_root, SiteManifest.Format(_site));
        return _site.Count + 1;
    }

    private bool Holds(string path, FileStamp stamp, ReadOnlySpan<byte> content)
    {
        if (!_files.TryGetValue(path, out var file) || file.Length != stamp.Length) return false;
        if (_listed is not null && _listed.TryGetValue(path, out var listed) && file.WrittenUtc <= _listedAt) return listed == stamp;
        // No list to believe: compare the bytes (cheaper than writing, and it leaves the file's time alone).
        var full = Full(path);
        if (NativeFileSystem.Kind(full) != FileKind.Regular) return false;
        return File.ReadAllBytes(full).AsSpan().SequenceEqual(content);
    }

    private bool HoldsListed(string path, FileStamp stamp) => TryListed(path, out var listed) && listed == stamp;

    private bool Unchanged(string path, FileStamp stamp) =>
        _files.TryGetValue(path, out var file) && file.Length == stamp.Length && file.WrittenUtc <= _listedAt;

    private void Replace(string path, ReadOnlySpan<byte> content)
    {
        // Install's lambda cannot capture a span, so this writes its own temporary file.
        var full = Full(path);
        PrepareFolder(path);
        var temp = TempName(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                stream.Write(content);
            Place(path, temp, full);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private void Install(string path, Action<string> make)
    {
        var full = Full(path);
        PrepareFolder(path);
        var temp = TempName(full);
        try
        {
            make(temp);
            Place(path, temp, full);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private void Place(string path, string temp, string full)
    {
        if (_folders.Contains(path))
        {
            // The old site had a folder where the new one has a file.
            lock (_layout)
                if (NativeFileSystem.Kind(full) == FileKind.Directory) Directory.Delete(full, recursive: true);
        }

        File.Move(temp, full, overwrite: true);
    }

    /// <summary>Makes the file's folder, first removing any file of the old site that stands where a folder is now needed.</summary>
    private void PrepareFolder(string path)
    {
        var slash = path.LastIndexOf('/');
        if (slash < 0) return;
        var folder = Full(path[..slash]);
        if (NativeFileSystem.Kind(folder) == FileKind.Directory) return;
        lock (_layout)
        {
            var segments = path[..slash].Split('/');
            for (var i = 1; i <= segments.Length; i++)
            {
                var ancestor = Full(string.Join('/', segments[..i]));
                var kind = NativeFileSystem.Kind(ancestor);
                if (kind == FileKind.Directory) continue;
                if (kind != FileKind.Missing) File.Delete(ancestor);
                Directory.CreateDirectory(ancestor);
            }
        }
    }

    private string Full(string path) => Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar));

    private static string TempName(string full) =>
        Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");

    private static void Require(string path)
    {
        if (!IsSitePath(path)) throw new ArgumentException($"`{path}` is not a path inside a site", nameof(path));
    }

    private static void WriteMarker(string root, string text)
    {
        // Beside it, then renamed over it: a marker is whole or absent, never half a list.
        var marker = Path.Combine(root, OutputFolder.Marker);
        var temp = TempName(marker);
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temp, marker, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind; the next build removes it as a file that is not part of its site.
        }
    }

    /// <summary>Every regular file (length, time) and folder under <paramref name="root"/>; links and special files are removed on the way, never followed.</summary>
    private static (Dictionary<string, (long, DateTime)> Files, HashSet<string> Folders) Scan(string root)
    {
        var files = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var entries = new FileSystemEnumerable<(string Path, bool Folder, bool Link, long Length, DateTime WrittenUtc)>(
            root,
            (ref FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0, e.IsDirectory ? 0 : e.Length, e.LastWriteTimeUtc.UtcDateTime),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false })
        {
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        var strays = new List<string>();
        foreach (var entry in entries)
        {
            var relative = Path.GetRelativePath(root, entry.Path).Replace(Path.DirectorySeparatorChar, '/');
            var kind = entry.Link ? FileKind.SymbolicLink : entry.Folder ? FileKind.Directory : NativeFileSystem.Kind(entry.Path);
            switch (kind)
            {
                case FileKind.Directory:
                    folders.Add(relative);
                    break;
                case FileKind.Regular when relative != OutputFolder.Marker:
                    files[relative] = (entry.Length, entry.WrittenUtc);
                    break;
                case FileKind.Regular or FileKind.Missing:
                    break;
                default:
                    strays.Add(entry.Path);
                    break;
            }
        }

        // File.Delete on a link removes the link, not its target.
        foreach (var stray in strays) File.Delete(stray);
        return (files, folders);
    }
}
