using System.Globalization;

namespace BriefingBook.Content.Inputs;

/// <summary>
/// The largest input file of each kind a build reads (<c>limits:</c> in <c>book.yml</c>). Generous by default;
/// they exist so that a pull request cannot make a build read a huge or endless file into memory.
/// </summary>
public sealed record InputLimits(long SeedBytes, long EntryBytes, long TemplateBytes, long AssetBytes)
{
    public const long MiB = 1024 * 1024;

    public static InputLimits Default { get; } = new(20 * MiB, 2 * MiB, 1 * MiB, 50 * MiB);

    /// <summary>The keys of <c>limits:</c> in <c>book.yml</c>.</summary>
    public static readonly string[] Keys = ["seed", "entry", "template", "asset"];

    /// <summary>Reads <c>20 MB</c>, <c>512 KB</c>, <c>2 GB</c> or a number of bytes; null when it is none of those.</summary>
    public static long? ParseSize(string text)
    {
        var t = text.Trim();
        long unit = 1;
        foreach (var (suffix, size) in new[] { ("GB", 1024 * MiB), ("MB", MiB), ("KB", 1024L), ("B", 1L) })
        {
            if (!t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) continue;
            unit = size;
            t = t[..^suffix.Length].TrimEnd();
            break;
        }

        if (t.Length == 0 || !t.All(char.IsAsciiDigit) || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        return n is > 0 and <= long.MaxValue / (1024 * MiB) ? n * unit : null;
    }

    public static string Describe(long bytes) => bytes switch
    {
        >= MiB => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)MiB:0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
