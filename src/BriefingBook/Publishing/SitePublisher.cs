using System.Text;
using BriefingBook.Platform;
using BriefingBook.Rendering;

namespace BriefingBook.Publishing;

/// <summary>
/// The publish stage: hands every rendered file and theme asset to an <see cref="IOutputSink"/> (for builds,
/// an <see cref="AtomicSwapSink"/>, which assembles the site beside the output and swaps it in whole), and
/// mends what killed builds left beside the output. The caller holds the <see cref="BuildLock"/>.
/// </summary>
public static class SitePublisher
{
    /// <returns>How many files the published site holds.</returns>
    public static int Publish(IReadOnlyDictionary<string, string> files, IReadOnlyList<ThemeAsset> assets, IOutputSink sink, CancellationToken cancel = default)
    {
        sink.Begin(cancel);
        try
        {
            Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancel }, file => sink.Write(file.Key, Encoding.UTF8.GetBytes(file.Value)));
            foreach (var asset in assets)
            {
                cancel.ThrowIfCancellationRequested();
                sink.CopyFile("assets/" + asset.SitePath, asset.SourceFile);
            }

            return sink.Commit(cancel);
        }
        catch
        {
            sink.Abort();
            throw;
        }
    }

    /// <summary>
    /// Run first by every build, under the lock. Puts back a site that a build killed between the renames of a
    /// two-step swap left aside (<c>.NAME.old-…</c>, where the OS has no atomic exchange), makes an old site left
    /// beside a live one the standby if there is none, and deletes the rest: staging folders of builds before
    /// the standby existed (<c>.NAME.new-…</c>) and surplus old sites. Only names this class and
    /// <see cref="AtomicSwapSink"/> make are touched; the standby itself is left for the next build to reuse.
    /// </summary>
    public static void RepairAndSweep(string outputDir)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        if (Path.GetDirectoryName(target) is not { } parent || !Directory.Exists(parent)) return;
        var name = Path.GetFileName(target);
        var leftovers = Directory.EnumerateDirectories(parent, $".{name}.*-*")
            .Where(d => Path.GetFileName(d) is var n && (n.StartsWith($".{name}.new-", StringComparison.Ordinal) || n.StartsWith($".{name}.old-", StringComparison.Ordinal)))
            .Where(d => NativeFileSystem.Kind(d) == FileKind.Directory)
            .ToList();
        var asides = leftovers.Where(d => Path.GetFileName(d).StartsWith($".{name}.old-", StringComparison.Ordinal))
            .OrderByDescending(Directory.GetLastWriteTimeUtc)
            .ToList();
        if (asides.Count > 0 && NativeFileSystem.Kind(target) == FileKind.Missing)
        {
            Directory.Move(asides[0], target);
            leftovers.Remove(asides[0]);
            asides.RemoveAt(0);
        }

        var standby = AtomicSwapSink.StandbyOf(target);
        if (asides.Count > 0 && NativeFileSystem.Kind(standby) == FileKind.Missing)
        {
            // Killed after the new site went in but before the old one became the standby: finish the job.
            Directory.Move(asides[0], standby);
            leftovers.Remove(asides[0]);
        }

        foreach (var leftover in leftovers) DeleteQuietly(leftover);
    }

    internal static string OldName(string target) =>
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
