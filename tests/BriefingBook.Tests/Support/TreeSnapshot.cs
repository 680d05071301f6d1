using System.Security.Cryptography;
using BriefingBook.Platform;

namespace BriefingBook.Tests.Support;

/// <summary>
/// Every file, folder and link under a folder, with a hash of each file's bytes: two snapshots are equal
/// when nothing was added, removed or changed. Used to prove a failed build touched nothing. The standby folder
/// beside an output (<c>._site.standby</c>) is left out: it is the build's own scratch space, written while pages
/// stream in and never published until a build succeeds (a failed build leaves it marked untrusted).
/// </summary>
internal sealed record TreeSnapshot(IReadOnlyDictionary<string, string> Entries)
{
    public static TreeSnapshot Of(string root)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(root)) Walk(root, root, entries);
        return new TreeSnapshot(entries);
    }

    private static void Walk(string root, string folder, SortedDictionary<string, string> entries)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(folder))
        {
            if (Path.GetFileName(path) is var name && name.StartsWith('.') && name.EndsWith(".standby", StringComparison.Ordinal)) continue;
            var relative = Path.GetRelativePath(root, path);
            switch (NativeFileSystem.Kind(path))
            {
                case FileKind.SymbolicLink:
                    entries[relative] = "link -> " + new FileInfo(path).LinkTarget;
                    break;
                case FileKind.Directory:
                    entries[relative] = "folder";
                    Walk(root, path, entries);
                    break;
                case FileKind.Regular:
                    entries[relative] = TryHash(path);
                    break;
                default:
                    // Pipes and devices are never opened: that could block.
                    entries[relative] = "special";
                    break;
            }
        }
    }

    private static string TryHash(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
            return Convert.ToHexString(SHA256.HashData(stream));
        }
        catch (IOException)
        {
            return "unreadable";
        }
    }

    /// <summary>Asserts that nothing changed, naming what did.</summary>
    public void AssertSame(TreeSnapshot after)
    {
        var changed = Entries.Keys.Union(after.Entries.Keys)
            .Where(k => Entries.GetValueOrDefault(k) != after.Entries.GetValueOrDefault(k))
            .ToList();
        Assert.True(changed.Count == 0, "changed: " + string.Join(", ", changed.Take(20)));
    }
}
