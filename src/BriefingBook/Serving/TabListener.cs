using System.Threading.Channels;

namespace BriefingBook.Serving;

/// <summary>One open tab listening for reloads (<see cref="LiveReload.Listen"/>); dispose it when the tab goes.</summary>
public sealed class TabListener : IDisposable
{
    private readonly LiveReload _owner;

    internal TabListener(LiveReload owner, IReadOnlyList<string> pageFiles)
    {
        _owner = owner;
        PageFiles = pageFiles;
    }

    /// <summary>The site files whose change reloads this tab.</summary>
    public IReadOnlyList<string> PageFiles { get; }

    /// <summary>The build numbers to reload at, one per build that concerns this tab.</summary>
    public ChannelReader<int> Reloads => Events.Reader;

    // Unbounded but tiny: a tab that reads nothing gets one number per build, and reloads at the first.
    internal Channel<int> Events { get; } = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });

    public void Dispose()
    {
        _owner.Remove(this);
        Events.Writer.TryComplete();
    }
}
