using System.Text;
using BriefingBook.Publishing;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Sinks;

/// <summary>A temporary folder with an output folder in it, and short ways to publish small sites through a sink and read them back.</summary>
internal sealed class SinkFolder : IDisposable
{
    private readonly TestSite _folder = new(withTheme: false);

    public string Root => _folder.Root;

    public string Output => Path.Combine(Root, "_site");

    public string Standby => AtomicSwapSink.StandbyOf(Output);

    /// <summary>One whole build: every file written, then committed.</summary>
    public static int Publish(IOutputSink sink, params (string Path, string Text)[] files)
    {
        sink.Begin(CancellationToken.None);
        foreach (var (path, text) in files) sink.Write(path, Encoding.UTF8.GetBytes(text));
        return sink.Commit(CancellationToken.None);
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public ulong InodeOf(string relative) => Inode.Of(Path.Combine(Root, relative));

    /// <summary>The site files of a folder (the marker left out), path → text.</summary>
    public static SortedDictionary<string, string> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != OutputFolder.Marker)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText), StringComparer.Ordinal);

    /// <summary>Whether the folder's marker carries a list of files a build may trust.</summary>
    public static bool HasList(string folder) =>
        SiteManifest.Parse(File.ReadAllText(Path.Combine(folder, OutputFolder.Marker))) is not null;

    /// <summary>Moves every file's time five minutes back, so that an edit made now is certainly later than the build (file times are only as fine as the kernel's clock tick).</summary>
    public static void Backdate(string folder)
    {
        var then = DateTime.UtcNow.AddMinutes(-5);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, then);
    }

    public void Dispose() => _folder.Dispose();
}
