using System.Text;

namespace BriefingBook.Publishing;

/// <summary>
/// The publish stage: writes the whole site into a fresh sibling folder, then swaps it into place, so a
/// failed or interrupted build never leaves a half-written site and readers of the old one never see a mix.
/// </summary>
public static class SitePublisher
{
    public static void Publish(IReadOnlyDictionary<string, string> files, string? assetsFolder, string outputDir)
    {
        var target = Path.GetFullPath(outputDir);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException($"`{outputDir}` has no parent folder");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.new-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            Parallel.ForEach(files, file =>
            {
                var path = Path.Combine(staging, file.Key);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Value, utf8);
            });
            if (assetsFolder is not null && Directory.Exists(assetsFolder)) CopyTree(assetsFolder, Path.Combine(staging, "assets"));
            Swap(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        // Two renames: the old site is moved aside, the new one moved in, then the old one deleted.
        var old = target + ".old-" + Guid.NewGuid().ToString("N");
        Directory.Move(target, old);
        Directory.Move(staging, target);
        Directory.Delete(old, recursive: true);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest, overwrite: true);
        }
    }
}
