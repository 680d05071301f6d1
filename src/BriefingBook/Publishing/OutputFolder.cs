using BriefingBook.Content;
using BriefingBook.Platform;

namespace BriefingBook.Publishing;

/// <summary>
/// Decides whether a folder may receive the site. Publishing replaces the folder whole, so pointing
/// <c>--output</c> at <c>content/</c>, the book itself, its parent or a stranger's folder would delete what is
/// there. The rules, on real paths (every link resolved): never the book, a folder that contains it, or a
/// folder inside its inputs or inside a version-control folder; never a symbolic link (it would be replaced
/// by a folder, not followed); and an existing folder only if it is empty or BriefingBook wrote it (the
/// <see cref="Marker"/> file, or a page carrying BriefingBook's generator tag from before there was one).
/// </summary>
public static class OutputFolder
{
    /// <summary>The file every published site carries, so that the next build knows the folder is its own.</summary>
    public const string Marker = ".briefingbook-site";

    public const string MarkerText = "This folder was written by BriefingBook and is replaced on every build.\n";

    private static readonly string[] VersionControl = [".git", ".hg", ".svn", ".jj"];

    /// <summary>Throws <see cref="OutputRefusedException"/> (with a plain reason) when <paramref name="output"/> may not be replaced.</summary>
    public static void Check(BookPaths paths, string output)
    {
        var full = Path.GetFullPath(output);
        var kind = NativeFileSystem.Kind(full);
        if (kind == FileKind.SymbolicLink)
            Refuse(output, $"is a symbolic link (to `{NativeFileSystem.RealPath(full) ?? "nothing"}`); BriefingBook replaces its output folder whole and will not replace a link: give the link's target as --output");
        if (kind is not (FileKind.Missing or FileKind.Directory))
            Refuse(output, "exists and is not a folder");

        var real = NativeFileSystem.RealPathOrAncestor(full);
        var root = NativeFileSystem.RealPath(paths.Root) ?? Path.GetFullPath(paths.Root);
        if (Path.GetPathRoot(real) == real)
            Refuse(output, "is the root of the file system");
        if (IsSameOrInside(root, real))
            Refuse(output, real == root ? "is the book's own folder" : "contains the book");
        foreach (var input in new[] { paths.Content, paths.Seeds, paths.Themes, paths.Layouts })
        {
            var inputReal = NativeFileSystem.RealPathOrAncestor(input);
            if (IsSameOrInside(real, inputReal) || IsSameOrInside(inputReal, real))
                Refuse(output, $"is {(real == inputReal ? "" : "inside or around ")}the book's `{Path.GetFileName(input)}/` folder, one of its inputs");
        }

        var parts = real.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Any(p => VersionControl.Contains(p, StringComparer.OrdinalIgnoreCase)))
            Refuse(output, "is inside a version-control folder");
        if (kind == FileKind.Directory)
        {
            if (VersionControl.Any(v => Path.Exists(Path.Combine(full, v))))
                Refuse(output, "holds a version-control folder");
            if (Directory.EnumerateFileSystemEntries(full).Any() && !IsOurs(full))
                Refuse(output, $"is not empty and was not written by BriefingBook (it has no `{Marker}` file); move its files away or choose an empty or new folder");
        }
    }

    /// <summary>True when BriefingBook wrote the folder: its marker, or (sites built before the marker) the generator tag on its home page.</summary>
    public static bool IsOurs(string folder)
    {
        if (File.Exists(Path.Combine(folder, Marker))) return true;
        var index = Path.Combine(folder, "index.html");
        if (NativeFileSystem.Kind(index) != FileKind.Regular) return false;
        using var reader = new StreamReader(index);
        var head = new char[4096];
        var n = reader.ReadBlock(head, 0, head.Length);
        return new string(head, 0, n).Contains("<meta name=\"generator\" content=\"BriefingBook\">", StringComparison.Ordinal);
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void Refuse(string output, string reason) =>
        throw new OutputRefusedException($"refusing to write the site into `{output}`: it {reason}");
}
