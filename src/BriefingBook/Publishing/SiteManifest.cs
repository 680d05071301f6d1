using System.Globalization;
using System.Text;

namespace BriefingBook.Publishing;

/// <summary>
/// The list of files a committed site holds, kept in the site's own <see cref="OutputFolder.Marker"/> file after
/// the marker's sentence, so that it moves with the folder through every swap and a crash can never pair a tree
/// with another tree's list. One line per file, sorted: hash, length, path. The last line is <c># end</c>, so a
/// list cut short is recognised and not trusted.
/// </summary>
/// <remarks>
/// The marker is a dot-file, which Netlify does not deploy (neither from git nor from its CLI), and it holds
/// nothing that is not public anyway: the site's own paths, sizes and hashes of its bytes. It carries no
/// time or inode, so two builds of the same book write the same marker.
/// </remarks>
public static class SiteManifest
{
    private const string Header = "# Every file of this site: the first 128 bits of its SHA-256, its length, its path. The next build rewrites only files whose bytes differ.";
    private const string End = "# end";

    public static string Format(IEnumerable<KeyValuePair<string, FileStamp>> files)
    {
        var text = new StringBuilder(OutputFolder.MarkerText).Append(Header).Append('\n');
        foreach (var (path, stamp) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            text.Append(stamp.Hash.ToString("x32", CultureInfo.InvariantCulture)).Append(' ')
                .Append(stamp.Length.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(path).Append('\n');
        return text.Append(End).Append('\n').ToString();
    }

    /// <summary>The files a marker lists, or null when it lists none (a bare marker, a site from before the list, a list cut short or edited into nonsense).</summary>
    public static Dictionary<string, FileStamp>? Parse(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 4 || lines[0] + "\n" != OutputFolder.MarkerText || lines[1] != Header || lines[^1] != "" || lines[^2] != End) return null;
        var files = new Dictionary<string, FileStamp>(lines.Length, StringComparer.Ordinal);
        foreach (var line in lines.AsSpan(2, lines.Length - 4))
        {
            var parts = line.Split(' ', 3);
            if (parts.Length != 3
                || parts[0].Length != 32
                || !UInt128.TryParse(parts[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash)
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || !SiteTree.IsSitePath(parts[2])
                || !files.TryAdd(parts[2], new FileStamp(length, hash)))
                return null;
        }

        return files;
    }
}
