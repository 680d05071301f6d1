using System.Collections.Concurrent;
using System.Text;
using BriefingBook.Content;
using BriefingBook.Rendering;

namespace BriefingBook.Publishing;

/// <summary>Collects the site and publishes it whole with <see cref="SitePublisher"/> at commit (to be replaced by a streaming staging sink).</summary>
internal sealed class LegacyPublishSink(BookPaths paths, string output) : IOutputSink
{
    private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<ThemeAsset> _assets = [];

    public void Begin(CancellationToken cancel)
    {
    }

    public void Write(string path, ReadOnlySpan<byte> content) => _files[path] = Encoding.UTF8.GetString(content);

    public void CopyFile(string path, string sourceFile) => _assets.Add(new ThemeAsset(path["assets/".Length..], sourceFile));

    public bool Keep(string path) => false;

    public int Commit(CancellationToken cancel)
    {
        OutputFolder.Check(paths, output);
        return SitePublisher.Publish(_files, [.. _assets.OrderBy(a => a.SitePath, StringComparer.Ordinal)], output, cancel);
    }

    public void Abort()
    {
    }
}
