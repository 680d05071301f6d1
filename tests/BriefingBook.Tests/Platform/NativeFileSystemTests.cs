using System.Diagnostics;
using BriefingBook.Platform;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Platform;

/// <summary>The POSIX calls the input and output guards rest on, on this machine's file system.</summary>
public sealed class NativeFileSystemTests
{
    [Fact]
    public void Kind_tells_files_folders_links_pipes_and_devices_apart_without_opening_them()
    {
        using var site = new TestSite(withTheme: false);
        site.Write("file.txt", "x\n");
        File.CreateSymbolicLink(Path.Combine(site.Root, "link"), Path.Combine(site.Root, "file.txt"));
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(site.Root, "pipe")])) mkfifo.WaitForExit();

        Assert.Equal(FileKind.Regular, NativeFileSystem.Kind(Path.Combine(site.Root, "file.txt")));
        Assert.Equal(FileKind.Directory, NativeFileSystem.Kind(site.Root));
        Assert.Equal(FileKind.SymbolicLink, NativeFileSystem.Kind(Path.Combine(site.Root, "link")));
        Assert.Equal(FileKind.Pipe, NativeFileSystem.Kind(Path.Combine(site.Root, "pipe")));
        Assert.Equal(FileKind.Device, NativeFileSystem.Kind("/dev/null"));
        Assert.Equal(FileKind.Missing, NativeFileSystem.Kind(Path.Combine(site.Root, "nothing")));
    }

    [Fact]
    public void RealPath_resolves_links_and_the_missing_tail_of_a_path()
    {
        using var site = new TestSite(withTheme: false);
        site.Write("real/file.txt", "x\n");
        File.CreateSymbolicLink(Path.Combine(site.Root, "alias"), Path.Combine(site.Root, "real"));
        var root = NativeFileSystem.RealPath(site.Root)!;

        Assert.Equal(Path.Combine(root, "real", "file.txt"), NativeFileSystem.RealPath(Path.Combine(site.Root, "alias", "file.txt")));
        Assert.Null(NativeFileSystem.RealPath(Path.Combine(site.Root, "alias", "none")));
        Assert.Equal(Path.Combine(root, "real", "new", "deeper"), NativeFileSystem.RealPathOrAncestor(Path.Combine(site.Root, "alias", "new", "deeper")));
    }

    [Fact]
    public void TryExchange_swaps_two_folders_in_one_step_or_changes_nothing()
    {
        using var site = new TestSite(withTheme: false);
        site.Write("a/from-a.txt", "a\n");
        site.Write("b/from-b.txt", "b\n");

        var swapped = NativeFileSystem.TryExchange(Path.Combine(site.Root, "a"), Path.Combine(site.Root, "b"));

        // Some file systems (and every OS but Linux) cannot; then the publisher falls back to two renames.
        Assert.True(!swapped || OperatingSystem.IsLinux());
        Assert.True(File.Exists(Path.Combine(site.Root, swapped ? "a" : "b", "from-b.txt")));
        Assert.True(File.Exists(Path.Combine(site.Root, swapped ? "b" : "a", "from-a.txt")));
    }
}
