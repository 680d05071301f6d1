using System.Collections.Concurrent;

namespace BriefingBook.Serving;

/// <summary>
/// The open browser tabs, each listening for server-sent events about the page it shows. After a build, a tab is
/// told to reload when its own page changed, when a theme asset changed (<c>assets/</c>: the stylesheet every
/// page uses), or when the error overlay changed (the book broke, or was fixed, or broke differently). Other tabs are
/// left alone: an editor reading one page while editing another keeps their place.
/// </summary>
public sealed class LiveReload
{
    // Where a build puts theme assets; pages load them, so a change there shows on every page.
    private const string AssetFolder = "assets/";

    private readonly ConcurrentDictionary<TabListener, byte> _listeners = new();

    /// <summary>How many tabs are listening.</summary>
    public int Count => _listeners.Count;

    /// <summary>
    /// A tab showing <paramref name="pageFiles"/> (the site files its address can name, see
    /// <see cref="SitePath.Candidates"/>) starts listening; reading the channel yields the build number to reload
    /// at. Dispose the listener when the tab goes.
    /// </summary>
    public TabListener Listen(IReadOnlyList<string> pageFiles)
    {
        var listener = new TabListener(this, pageFiles);
        _listeners[listener] = 0;
        return listener;
    }

    /// <summary>Tells each tab whose page is among <paramref name="changed"/> (sorted, ordinal) to reload.</summary>
    public void Announce(IReadOnlyList<string> changed, bool overlayChanged, int build)
    {
        var assetChanged = changed.Any(p => p.StartsWith(AssetFolder, StringComparison.Ordinal));
        foreach (var listener in _listeners.Keys)
        {
            if (overlayChanged || assetChanged || listener.PageFiles.Any(f => IsAmong(f, changed)) || listener.PageFiles.Count == 0)
                listener.Events.Writer.TryWrite(build);
        }
    }

    private static bool IsAmong(string path, IReadOnlyList<string> sorted)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var c = string.CompareOrdinal(sorted[mid], path);
            if (c == 0) return true;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }

        return false;
    }

    internal void Remove(TabListener listener) => _listeners.TryRemove(listener, out _);
}
