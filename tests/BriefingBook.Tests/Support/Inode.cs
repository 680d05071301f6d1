using System.Runtime.InteropServices;

namespace BriefingBook.Tests.Support;

/// <summary>A file's inode number (<c>lstat</c>'s <c>st_ino</c>): the same number before and after a build means the file was not rewritten.</summary>
internal static class Inode
{
    // st_ino follows the 8-byte st_dev in glibc's struct stat on both x86_64 and arm64.
    private const int Offset = 8;

    public static ulong Of(string path)
    {
        var buffer = new byte[256];
        Assert.True(lstat(path, buffer) == 0, $"no such file: {path}");
        return BitConverter.ToUInt64(buffer, Offset);
    }

    [DllImport("libc", EntryPoint = "lstat")]
    private static extern int lstat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
}
