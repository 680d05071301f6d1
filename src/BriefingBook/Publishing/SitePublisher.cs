using System.Text;
using BriefingBook.Platform;
using BriefingBook.Rendering;

namespace BriefingBook.Publishing;

/// <summary>
/// The publish stage: writes the whole site into a fresh sibling folder, then swaps it into place, so a
/// failed or interrupted build never leaves a half-written site and readers of the old one never see a mix.
/// On Linux the swap is one atomic <c>renameat2(RENAME_EXCHANGE)</c>; elsewhere it is two renames (old site
/// aside, new one in), and a build killed between them leaves the old site under a <c>.NAME.old-…</c> name,
/// which the next build moves back before anything else. Staging and old folders left by killed builds are
/// deleted by the next build. The caller holds the <see cref="BuildLock"/>.
/// </summary>
public static class SitePublisher
{
    /// <returns>How many files the published site holds.</returns>
    public static int Publish(IReadOnlyDictionary<string, string> files, IReadOnlyList<ThemeAsset> assets, string outputDir, CancellationToken cancel = default)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new OutputRefusedException($"`{outputDir}` has no parent folder");
        Directory.CreateDirectory(parent);

        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.new-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancel }, file =>
            {
                var path = Path.Combine(staging, file.Key);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Value, utf8);
            });
            foreach (var asset in assets)
            {
                cancel.ThrowIfCancellationRequested();
                var dest = Path.Combine(staging, "assets", asset.SitePath);
                Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
                File.Copy(asset.SourceFile, dest, overwrite: true);
            }

            File.WriteAllText(Path.Combine(staging, OutputFolder.Marker), OutputFolder.MarkerText, utf8);
            // The last moment to stop: after this the new site goes live whole.
            cancel.ThrowIfCancellationRequested();
            Swap(staging, target);
            return files.Count + assets.Count + 1;
        }
        finally
        {
            DeleteQuietly(staging);
        }
    }

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        // After the exchange, `staging` names the old site, deleted by the caller's finally.
        if (NativeFileSystem.TryExchange(staging, target)) return;

        var old = OldName(target);
        Directory.Move(target, old);
        Directory.Move(staging, target);
        DeleteQuietly(old);
    }

    /// <summary>
    /// Run first by every build, under the lock. Puts back a site that a build killed between the two renames left aside, then deletes what killed
    /// builds left: staging folders and old sites. Only names this class makes are touched.
    /// </summary>
    public static void RepairAndSweep(string outputDir)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        if (Path.GetDirectoryName(target) is not { } parentFolder || !Directory.Exists(parentFolder)) return;
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var leftovers = Directory.EnumerateDirectories(parent, $".{name}.*-*")
            .Where(d => Path.GetFileName(d) is var n && (n.StartsWith($".{name}.new-", StringComparison.Ordinal) || n.StartsWith($".{name}.old-", StringComparison.Ordinal)))
            .Where(d => NativeFileSystem.Kind(d) == FileKind.Directory)
            .ToList();
        if (!Directory.Exists(target) && NativeFileSystem.Kind(target) == FileKind.Missing)
        {
            var aside = leftovers.Where(d => Path.GetFileName(d).StartsWith($".{name}.old-", StringComparison.Ordinal))
                .OrderByDescending(Directory.GetLastWriteTimeUtc).FirstOrDefault();
            if (aside is not null)
            {
                Directory.Move(aside, target);
                leftovers.Remove(aside);
            }
        }

        foreach (var leftover in leftovers) DeleteQuietly(leftover);
    }

    private static string OldName(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.old-{Guid.NewGuid():N}");

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be deleted now is swept by the next build; the site itself is in place.
        }
    }
}
