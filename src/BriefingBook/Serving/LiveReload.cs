using System.Collections.Concurrent;
using System.Threading.Channels;

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

    private readonly ConcurrentDictionary<Listener, byte> _listeners = new();

    /// <summary>How many tabs are listening.</summary>
    public int Count => _listeners.Count;

    /// <summary>
    /// A tab showing <paramref name="pageFiles"/> (the site files its address can name, see
    /// <see cref="SitePath.Candidates"/>) starts listening; reading the channel yields the build number to reload
    /// at. Dispose the listener when the tab goes.
    /// </summary>
    public Listener Listen(IReadOnlyList<string> pageFiles)
    {
        var listener = new Listener(this, pageFiles);
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

    /// <summary>One open tab.</summary>
    public sealed class Listener : IDisposable
    {
        private readonly LiveReload _owner;

        internal Listener(LiveReload owner, IReadOnlyList<string> pageFiles)
        {
            _owner = owner;
            PageFiles = pageFiles;
        }

        public IReadOnlyList<string> PageFiles { get; }

        // Unbounded but tiny: a tab that reads nothing gets one number per build, and reloads at the first.
        internal Channel<int> Events { get; } = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });

        public ChannelReader<int> Reloads => Events.Reader;

        public void Dispose()
        {
            _owner._listeners.TryRemove(this, out _);
            Events.Writer.TryComplete();
        }
    }
}
