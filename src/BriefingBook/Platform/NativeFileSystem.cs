using System.Runtime.InteropServices;

namespace BriefingBook.Platform;

/// <summary>
/// The few POSIX calls .NET does not expose: the type of a file (a named pipe, a device and a socket all
/// look like ordinary files to <see cref="FileInfo"/>, and opening a pipe blocks forever), the real path of
/// a file through every symbolic link (to decide whether it lies inside the book), an atomic exchange
/// of two folders (Linux's <c>renameat2(RENAME_EXCHANGE)</c>), and a hard link (to reuse an unchanged page
/// without copying it). Elsewhere each falls back to what .NET offers, and says so by its return value.
/// </summary>
internal static partial class NativeFileSystem
{
    private const int SIfMt = 0xF000;
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    // Where st_mode sits in glibc's struct stat: x86_64 puts st_nlink (8 bytes) before it, the generic
    // layout of arm64 puts it after.
    private static readonly int ModeOffset = RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 24,
        Architecture.Arm64 => 16,
        _ => -1,
    };

    public static FileKind Kind(string path)
    {
        if (OperatingSystem.IsLinux() && ModeOffset >= 0)
        {
            var buffer = new byte[256];
            try
            {
                if (lstat(path, buffer) != 0) return FileKind.Missing;
                var mode = BitConverter.ToInt32(buffer, ModeOffset) & SIfMt;
                return mode switch
                {
                    0x8000 => FileKind.Regular,
                    0x4000 => FileKind.Directory,
                    0xA000 => FileKind.SymbolicLink,
                    0x1000 => FileKind.Pipe,
                    0x2000 or 0x6000 => FileKind.Device,
                    0xC000 => FileKind.Socket,
                    _ => FileKind.Unknown,
                };
            }
            catch (EntryPointNotFoundException)
            {
                // glibc before 2.33 exports only __lxstat; fall through to what .NET can tell.
            }
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileKind.SymbolicLink;
        if (Directory.Exists(path)) return FileKind.Directory;
        return info.Exists ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>The absolute path with every symbolic link and <c>..</c> resolved, or null when it does not exist.</summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            var resolved = realpath(path, IntPtr.Zero);
            if (resolved == IntPtr.Zero) return null;
            try
            {
                return Marshal.PtrToStringUTF8(resolved);
            }
            finally
            {
                free(resolved);
            }
        }

        var full = Path.GetFullPath(path);
        if (!File.Exists(full) && !Directory.Exists(full)) return null;
        var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
        return target?.FullName ?? full;
    }

    /// <summary>The real path of the deepest existing ancestor, with the rest appended: for paths not yet created.</summary>
    public static string RealPathOrAncestor(string path)
    {
        var full = Path.GetFullPath(path);
        var rest = new Stack<string>();
        var current = full;
        while (true)
        {
            if (RealPath(current) is { } real)
                return rest.Aggregate(real, Path.Combine);
            var parent = Path.GetDirectoryName(current);
            if (parent is null) return full;
            rest.Push(Path.GetFileName(current));
            current = parent;
        }
    }

    /// <summary>Swaps two folders in one step. False when the OS or the file system cannot, and nothing was changed.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// A second name for an existing regular file (<c>link</c>; a link given as <paramref name="existing"/> is not
    /// followed). False when the OS or the file system cannot (another device, no hard links) and nothing was made.
    /// </summary>
    public static bool TryHardLink(string existing, string newName)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return false;
        try
        {
            return link(existing, newName) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string existing, string newName);

    [LibraryImport("libc", EntryPoint = "lstat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int lstat(string path, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr realpath(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void free(IntPtr pointer);

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int renameat2(int oldDir, string oldPath, int newDir, string newPath, uint flags);
}
