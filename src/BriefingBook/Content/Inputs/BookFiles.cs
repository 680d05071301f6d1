using System.Globalization;
using System.Text;
using BriefingBook.Diagnostics;
using BriefingBook.Platform;

namespace BriefingBook.Content.Inputs;

/// <summary>
/// The only way a build reads its inputs. A pull request is hostile input, so every file must be a regular
/// file whose real path lies inside the book: a symbolic link to <c>/etc/passwd</c> would otherwise be
/// published as a source page, a named pipe would hang the build, <c>/dev/zero</c> would exhaust memory.
/// Anything else is an error at its path. Text must be UTF-8 (a BOM is allowed) and within the size limit
/// of its kind. Thread-safe: loading lists and reads files in parallel.
/// </summary>
public sealed class BookFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly BookPaths _paths;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _realRoot;

    public BookFiles(BookPaths paths, DiagnosticBag diagnostics)
    {
        _paths = paths;
        _diagnostics = diagnostics;
        _realRoot = NativeFileSystem.RealPath(paths.Root) ?? Path.GetFullPath(paths.Root);
    }

    private BookFiles(BookFiles other, DiagnosticBag diagnostics)
    {
        _paths = other._paths;
        _diagnostics = diagnostics;
        _realRoot = other._realRoot;
    }

    /// <summary>The same checks, reporting into another bag: a rebuild caches each file's diagnostics with it.</summary>
    public BookFiles ReportingTo(DiagnosticBag diagnostics) => new(this, diagnostics);

    /// <summary>
    /// The readable files under <paramref name="folder"/> whose names pass <paramref name="include"/>, sorted
    /// ordinally; hidden files (a leading dot: editors' swap files, <c>.gitkeep</c>) are skipped. Links to
    /// files inside the book are followed; every other kind of entry is reported, left out, and its name
    /// added to <paramref name="refused"/> when one is given.
    /// </summary>
    public IReadOnlyList<string> List(string folder, Func<string, bool> include, bool recursive, ISet<string>? refused = null)
    {
        var found = new List<string>();
        if (NativeFileSystem.Kind(folder) == FileKind.SymbolicLink)
        {
            Report(DiagnosticCodes.SymbolicLink, folder, "is a symbolic link to a folder; BriefingBook reads only real folders inside the book");
            return found;
        }

        if (Directory.Exists(folder)) Walk(folder, include, recursive, found, refused);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private void Walk(string folder, Func<string, bool> include, bool recursive, List<string> found, ISet<string>? refused)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.')) continue;
            var kind = NativeFileSystem.Kind(path);
            if (kind == FileKind.Directory)
            {
                if (recursive) Walk(path, include, recursive, found, refused);
                continue;
            }

            if (!include(name)) continue;
            if (Check(path, kind)) found.Add(path);
            else refused?.Add(name);
        }
    }

    /// <summary>Whether one input path (one the book names, such as a layout) may be read; reports why not.</summary>
    public bool IsReadable(string path) => Check(path, NativeFileSystem.Kind(path));

    private bool Check(string path, FileKind kind)
    {
        switch (kind)
        {
            case FileKind.Regular:
                return true;
            case FileKind.SymbolicLink:
                var real = NativeFileSystem.RealPath(path);
                if (real is null)
                {
                    Report(DiagnosticCodes.SymbolicLink, path, "is a broken symbolic link");
                    return false;
                }

                if (!IsInsideBook(real))
                {
                    Report(DiagnosticCodes.SymbolicLink, path, $"is a symbolic link to `{real}`, outside the book; BriefingBook reads only files inside the book (copy the file in instead)");
                    return false;
                }

                var target = NativeFileSystem.Kind(real);
                if (target == FileKind.Regular) return true;
                Report(DiagnosticCodes.SymbolicLink, path, target == FileKind.Directory
                    ? "is a symbolic link to a folder; links to folders are not followed"
                    : $"is a symbolic link to {Describe(target)}, not a regular file");
                return false;
            case FileKind.Missing:
                Report(DiagnosticCodes.NotRegularFile, path, "does not exist");
                return false;
            default:
                Report(DiagnosticCodes.NotRegularFile, path, $"is {Describe(kind)}, not a regular file; BriefingBook reads only regular files");
                return false;
        }
    }

    public bool IsInsideBook(string realPath) =>
        realPath == _realRoot || realPath.StartsWith(_realRoot.TrimEnd('/') + "/", StringComparison.Ordinal);

    /// <summary>
    /// Reads a file as UTF-8 text; null (with an error at the file) when it is larger than
    /// <paramref name="limit"/>, is not UTF-8, or is binary. Only regular files are opened, so a read cannot
    /// block; the size is checked before reading and again while reading, in case the file grows.
    /// </summary>
    public string? ReadText(string path, long limit, string kindOfFile)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            if (stream.Length > limit)
            {
                TooLarge(path, stream.Length, limit, kindOfFile);
                return null;
            }

            bytes = ReadAtMost(stream, limit + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(DiagnosticCodes.UnreadableFile, path, $"cannot be read: {e.Message}");
            return null;
        }

        if (bytes.Length > limit)
        {
            TooLarge(path, bytes.Length, limit, kindOfFile);
            return null;
        }

        return Decode(bytes, path);
    }

    private string? Decode(byte[] bytes, string path)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            Report(DiagnosticCodes.NotUtf8, path, "is UTF-16 text; save it as UTF-8", 1);
            return null;
        }

        var nul = bytes.AsSpan(start).IndexOf((byte)0);
        if (nul >= 0)
        {
            Report(DiagnosticCodes.BinaryFile, path, string.Create(CultureInfo.InvariantCulture, $"holds a NUL byte at offset {start + nul}: it is not a text file"), LineAt(bytes, start + nul));
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(e.Index, 0);
            var bad = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : bytes[Math.Min(offset, bytes.Length - 1)];
            Report(DiagnosticCodes.NotUtf8, path, string.Create(CultureInfo.InvariantCulture,
                $"is not UTF-8: byte 0x{bad:X2} at offset {offset} is not valid UTF-8 (Latin-1 or Windows-1252?); save the file as UTF-8"), LineAt(bytes, offset));
            return null;
        }
    }

    private static int LineAt(byte[] bytes, int offset) => bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n') + 1;

    private static byte[] ReadAtMost(Stream stream, long max)
    {
        // One array of the file's size (checked against the limit by the caller), read in place: a book
        // reads tens of thousands of small files, and a chunk buffer plus a growing copy per file allocated
        // about 2 GB at 10,000 seeds. A file that grows meanwhile is read on, up to max, the slow way.
        var expected = (int)Math.Min(stream.Length, max);
        var bytes = new byte[expected];
        var read = stream.ReadAtLeast(bytes, expected, throwOnEndOfStream: false);
        if (read < expected) return bytes[..read];
        if (read == max) return bytes;
        var next = stream.ReadByte();
        if (next < 0) return bytes;

        using var buffer = new MemoryStream();
        buffer.Write(bytes);
        buffer.WriteByte((byte)next);
        var chunk = new byte[81920];
        while (buffer.Length < max)
        {
            var n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, max - buffer.Length));
            if (n == 0) break;
            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    private void TooLarge(string path, long size, long limit, string kindOfFile) =>
        Report(DiagnosticCodes.FileTooLarge, path, $"is {InputLimits.Describe(size)}, over the {InputLimits.Describe(limit)} limit for a {kindOfFile} (raise `limits: {kindOfFile}:` in content/book.yml if it is really needed)");

    private void Report(DiagnosticCode code, string path, string message, int line = 1) =>
        _diagnostics.Error(code, new SourceLocation(_paths.Relative(path), line), $"`{_paths.Relative(path)}` {message}");

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Pipe => "a named pipe",
        FileKind.Device => "a device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        _ => "not a regular file",
    };
}
