using System.Text;
using BriefingBook.Publishing;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Sinks;

/// <summary>The preview sink: writes into the live folder, only the files whose bytes changed, and deletes what the site no longer has.</summary>
public sealed class WriteIfChangedSinkTests
{
    private static readonly (string, string)[] First = [("index.html", "home 1"), ("actors/putin.html", "putin 1"), ("events/talks.html", "talks 1")];

    [Fact]
    public void Only_changed_files_are_rewritten_and_removed_ones_disappear()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new WriteIfChangedSink(folder.Output), First);
        var home = folder.InodeOf("_site/index.html");
        var talks = folder.InodeOf("_site/events/talks.html");
        var sink = new WriteIfChangedSink(folder.Output);

        var count = SinkFolder.Publish(sink, ("index.html", "home 1"), ("events/talks.html", "talks 2"), ("new.html", "new"));

        Assert.Equal(4, count);
        Assert.Equal(2, sink.Rewritten);
        Assert.Equal(new Dictionary<string, string> { ["events/talks.html"] = "talks 2", ["index.html"] = "home 1", ["new.html"] = "new" }, SinkFolder.Files(folder.Output));
        Assert.Equal(home, folder.InodeOf("_site/index.html"));
        Assert.NotEqual(talks, folder.InodeOf("_site/events/talks.html"));
        Assert.False(Directory.Exists(Path.Combine(folder.Output, "actors")));
        Assert.False(Path.Exists(folder.Standby));
    }

    [Fact]
    public void Keep_vouches_only_for_files_unchanged_since_the_last_commit()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new WriteIfChangedSink(folder.Output), First);
        SinkFolder.Backdate(folder.Output);
        File.WriteAllText(Path.Combine(folder.Output, "index.html"), "home X");
        var sink = new WriteIfChangedSink(folder.Output);

        sink.Begin(CancellationToken.None);
        Assert.True(sink.Keep("actors/putin.html"));
        Assert.False(sink.Keep("index.html"));
        Assert.False(sink.Keep("missing.html"));
        sink.Write("index.html", "home 1"u8);
        sink.Commit(CancellationToken.None);

        Assert.Equal(new Dictionary<string, string> { ["actors/putin.html"] = "putin 1", ["index.html"] = "home 1" }, SinkFolder.Files(folder.Output));
    }

    [Fact]
    public void After_an_aborted_build_nothing_is_kept_on_trust_and_the_next_build_mends_the_mix()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new WriteIfChangedSink(folder.Output), First);
        var sink = new WriteIfChangedSink(folder.Output);
        sink.Begin(CancellationToken.None);
        sink.Write("index.html", "HOME 1"u8);
        sink.Abort();
        Assert.Equal("HOME 1", folder.Read("_site/index.html")); // not atomic: that is this sink's documented trade

        sink.Begin(CancellationToken.None);
        Assert.False(sink.Keep("index.html"));
        Assert.False(sink.Keep("actors/putin.html"));
        foreach (var (path, text) in First) sink.Write(path, Encoding.UTF8.GetBytes(text));
        sink.Commit(CancellationToken.None);

        Assert.Equal(First.ToDictionary(f => f.Item1, f => f.Item2), SinkFolder.Files(folder.Output));
        Assert.True(SinkFolder.HasList(folder.Output));
    }

    [Fact]
    public void A_folder_BriefingBook_did_not_write_is_refused_and_left_alone()
    {
        using var folder = new SinkFolder();
        Directory.CreateDirectory(folder.Output);
        File.WriteAllText(Path.Combine(folder.Output, "todo.txt"), "my own file\n");
        var before = TreeSnapshot.Of(folder.Root);

        var refused = Assert.Throws<OutputRefusedException>(() => new WriteIfChangedSink(folder.Output).Begin(CancellationToken.None));

        Assert.Contains("was not written by BriefingBook", refused.Message, StringComparison.Ordinal);
        before.AssertSame(TreeSnapshot.Of(folder.Root));
    }

    [Fact]
    public void A_folder_that_is_a_symbolic_link_is_refused()
    {
        using var folder = new SinkFolder();
        using var elsewhere = new TestSite(withTheme: false);
        File.CreateSymbolicLink(folder.Output, elsewhere.Root);

        Assert.Throws<OutputRefusedException>(() => new WriteIfChangedSink(folder.Output).Begin(CancellationToken.None));

        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.Root));
    }
}
