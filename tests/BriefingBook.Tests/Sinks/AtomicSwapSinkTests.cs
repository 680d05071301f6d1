using System.Text;
using BriefingBook.Platform;
using BriefingBook.Publishing;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Sinks;

/// <summary>
/// The CLI's sink: the new site is assembled in the standby folder (the site before the live one) and swapped in
/// whole; unchanged files are not rewritten; anything that stops a build leaves the live site as it was.
/// </summary>
public sealed class AtomicSwapSinkTests
{
    private static readonly (string, string)[] First = [("index.html", "home 1"), ("actors/putin.html", "putin 1"), ("events/talks.html", "talks 1")];

    [Fact]
    public void The_first_build_renames_the_standby_into_place_with_the_marker_and_its_list()
    {
        using var folder = new SinkFolder();

        var count = SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);

        Assert.Equal(4, count);
        Assert.Equal(First.ToDictionary(f => f.Item1, f => f.Item2), SinkFolder.Files(folder.Output));
        Assert.True(OutputFolder.IsOurs(folder.Output));
        Assert.True(SinkFolder.HasList(folder.Output));
        Assert.False(Path.Exists(folder.Standby));
    }

    [Fact]
    public void The_swapped_out_site_becomes_the_standby_and_nothing_is_deleted_in_bulk()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        var firstHome = folder.InodeOf("_site/index.html");

        SinkFolder.Publish(new AtomicSwapSink(folder.Output), ("index.html", "home 2"));

        Assert.Equal(new Dictionary<string, string> { ["index.html"] = "home 2" }, SinkFolder.Files(folder.Output));
        Assert.Equal(First.ToDictionary(f => f.Item1, f => f.Item2), SinkFolder.Files(folder.Standby));
        Assert.Equal(firstHome, folder.InodeOf("._site.standby/index.html"));
    }

    [Fact]
    public void Unchanged_files_are_not_rewritten_and_only_changed_ones_are()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        // The standby now holds the first build's files, with a list.
        var putin = folder.InodeOf("._site.standby/actors/putin.html");
        var talks = folder.InodeOf("._site.standby/events/talks.html");
        var sink = new AtomicSwapSink(folder.Output);

        SinkFolder.Publish(sink, ("index.html", "home 1"), ("actors/putin.html", "putin 1"), ("events/talks.html", "talks 2"));

        Assert.Equal(1, sink.Rewritten);
        Assert.Equal(putin, folder.InodeOf("_site/actors/putin.html"));
        Assert.NotEqual(talks, folder.InodeOf("_site/events/talks.html"));
        Assert.Equal("talks 2", folder.Read("_site/events/talks.html"));
        Assert.Equal("talks 1", folder.Read("._site.standby/events/talks.html"));
    }

    [Fact]
    public void Files_and_folders_the_new_site_no_longer_has_disappear()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);

        SinkFolder.Publish(new AtomicSwapSink(folder.Output), ("index.html", "home 1"), ("events/talks.html", "talks 1"));

        Assert.Equal(["events/talks.html", "index.html"], SinkFolder.Files(folder.Output).Keys);
        Assert.False(Directory.Exists(Path.Combine(folder.Output, "actors")));
    }

    [Fact]
    public void A_file_may_become_a_folder_and_a_folder_a_file()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), ("actors", "a file"), ("notes/index.html", "notes"));
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), ("actors", "a file"), ("notes/index.html", "notes"));

        SinkFolder.Publish(new AtomicSwapSink(folder.Output), ("actors/putin.html", "putin"), ("notes", "now a file"));

        Assert.Equal(new Dictionary<string, string> { ["actors/putin.html"] = "putin", ["notes"] = "now a file" }, SinkFolder.Files(folder.Output));
    }

    [Fact]
    public void A_kept_file_is_the_live_one_linked_in_without_its_bytes()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), ("index.html", "home 2"), ("actors/putin.html", "putin 2"));
        var livePutin = folder.InodeOf("_site/actors/putin.html");
        var sink = new AtomicSwapSink(folder.Output);

        sink.Begin(CancellationToken.None);
        Assert.True(sink.Keep("actors/putin.html"));
        Assert.False(sink.Keep("events/talks.html")); // not in the live site (only in the standby)
        Assert.False(sink.Keep("../escape.html"));
        sink.Write("index.html", "home 3"u8);
        var count = sink.Commit(CancellationToken.None);

        Assert.Equal(3, count);
        Assert.Equal(new Dictionary<string, string> { ["actors/putin.html"] = "putin 2", ["index.html"] = "home 3" }, SinkFolder.Files(folder.Output));
        Assert.Equal(livePutin, folder.InodeOf("_site/actors/putin.html"));
        Assert.Equal("putin 2", folder.Read("._site.standby/actors/putin.html"));
    }

    [Fact]
    public void A_live_file_edited_by_hand_is_not_kept()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        SinkFolder.Backdate(folder.Output);
        File.WriteAllText(Path.Combine(folder.Output, "index.html"), "home X");
        var sink = new AtomicSwapSink(folder.Output);

        sink.Begin(CancellationToken.None);

        Assert.False(sink.Keep("index.html"));
        Assert.True(sink.Keep("actors/putin.html"));
        sink.Abort();
    }

    [Fact]
    public void Abort_leaves_the_live_site_byte_identical_and_the_standby_untrusted()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        var live = TreeSnapshot.Of(folder.Output);
        var sink = new AtomicSwapSink(folder.Output);

        sink.Begin(CancellationToken.None);
        sink.Write("index.html", "HOME 1"u8);
        sink.Write("new.html", "new"u8);
        sink.Abort();

        live.AssertSame(TreeSnapshot.Of(folder.Output));
        Assert.True(OutputFolder.IsOurs(folder.Standby));
        Assert.False(SinkFolder.HasList(folder.Standby));

        // The next build does not believe the dirty standby: its "HOME 1" (same length as "home 1") is compared and replaced.
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        Assert.Equal(First.ToDictionary(f => f.Item1, f => f.Item2), SinkFolder.Files(folder.Output));
    }

    [Fact]
    public void A_cancelled_commit_leaves_the_live_site_byte_identical()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        var live = TreeSnapshot.Of(folder.Output);
        var sink = new AtomicSwapSink(folder.Output);
        using var cancel = new CancellationTokenSource();

        sink.Begin(cancel.Token);
        sink.Write("index.html", "home 2"u8);
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => sink.Commit(cancel.Token));
        sink.Abort();

        live.AssertSame(TreeSnapshot.Of(folder.Output));
    }

    [Fact]
    public void A_standby_left_by_a_crash_without_its_list_is_compared_byte_for_byte()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        // A build that died mid-way: the marker is bare, and a file was changed without its time moving on.
        var standbyHome = Path.Combine(folder.Standby, "index.html");
        var time = File.GetLastWriteTimeUtc(standbyHome);
        File.WriteAllText(Path.Combine(folder.Standby, OutputFolder.Marker), OutputFolder.MarkerText);
        File.WriteAllText(standbyHome, "HOME 1");
        File.SetLastWriteTimeUtc(standbyHome, time);
        var putin = folder.InodeOf("._site.standby/actors/putin.html");
        var sink = new AtomicSwapSink(folder.Output);

        SinkFolder.Publish(sink, First);

        Assert.Equal(First.ToDictionary(f => f.Item1, f => f.Item2), SinkFolder.Files(folder.Output));
        Assert.Equal(1, sink.Rewritten);
        Assert.Equal(putin, folder.InodeOf("_site/actors/putin.html"));
    }

    [Fact]
    public void A_standby_file_edited_after_its_list_was_written_is_rewritten()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        SinkFolder.Backdate(folder.Standby);
        File.WriteAllText(Path.Combine(folder.Standby, "index.html"), "HOME 1");

        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);

        Assert.Equal("home 1", folder.Read("_site/index.html"));
    }

    [Fact]
    public void A_standby_that_is_a_symbolic_link_is_dropped_and_its_target_left_alone()
    {
        using var folder = new SinkFolder();
        using var elsewhere = new TestSite(withTheme: false);
        elsewhere.Write("index.html", "someone else's page\n");
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        File.CreateSymbolicLink(folder.Standby, elsewhere.Root);
        var before = TreeSnapshot.Of(elsewhere.Root);

        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);

        before.AssertSame(TreeSnapshot.Of(elsewhere.Root));
        Assert.Equal(First.ToDictionary(f => f.Item1, f => f.Item2), SinkFolder.Files(folder.Output));
        Assert.Equal(First.ToDictionary(f => f.Item1, f => f.Item2), SinkFolder.Files(folder.Standby));
        Assert.Equal(FileKind.Directory, NativeFileSystem.Kind(folder.Standby));
    }

    [Fact]
    public void Links_inside_the_standby_are_removed_never_followed()
    {
        using var folder = new SinkFolder();
        using var elsewhere = new TestSite(withTheme: false);
        elsewhere.Write("putin.html", "someone else's page\n");
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        Directory.Delete(Path.Combine(folder.Standby, "actors"), recursive: true);
        File.CreateSymbolicLink(Path.Combine(folder.Standby, "actors"), elsewhere.Root);
        File.CreateSymbolicLink(Path.Combine(folder.Standby, "passwd.html"), "/etc/passwd");
        var before = TreeSnapshot.Of(elsewhere.Root);

        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);

        before.AssertSame(TreeSnapshot.Of(elsewhere.Root));
        Assert.Equal(First.ToDictionary(f => f.Item1, f => f.Item2), SinkFolder.Files(folder.Output));
        Assert.Equal(FileKind.Directory, NativeFileSystem.Kind(Path.Combine(folder.Output, "actors")));
    }

    [Fact]
    public void A_standby_that_is_a_file_is_refused_and_left_alone()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        File.WriteAllText(folder.Standby, "not a folder\n");
        var before = TreeSnapshot.Of(folder.Root);

        var refused = Assert.Throws<OutputRefusedException>(() => new AtomicSwapSink(folder.Output).Begin(CancellationToken.None));

        Assert.Contains("is where BriefingBook keeps the previous site, and it is not a folder", refused.Message, StringComparison.Ordinal);
        before.AssertSame(TreeSnapshot.Of(folder.Root));
    }

    [Theory]
    [InlineData("../outside.html")]
    [InlineData("/etc/passwd")]
    [InlineData("actors//x.html")]
    [InlineData("a/./b.html")]
    [InlineData(".briefingbook-site")]
    [InlineData("")]
    public void A_path_outside_the_site_is_refused(string path)
    {
        using var folder = new SinkFolder();
        var sink = new AtomicSwapSink(folder.Output);
        sink.Begin(CancellationToken.None);

        Assert.Throws<ArgumentException>(() => sink.Write(path, Encoding.UTF8.GetBytes("x")));

        sink.Abort();
        Assert.False(File.Exists(Path.Combine(folder.Root, "outside.html")));
    }

    [Fact]
    public void An_old_site_a_killed_swap_left_beside_the_live_one_becomes_the_standby()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        var aside = Path.Combine(folder.Root, "._site.old-0123456789abcdef");
        Directory.CreateDirectory(aside);
        File.WriteAllText(Path.Combine(aside, "index.html"), "home 0");
        File.WriteAllText(Path.Combine(aside, "gone.html"), "gone");

        SitePublisher.RepairAndSweep(folder.Output);

        Assert.False(Directory.Exists(aside));
        Assert.Equal(new Dictionary<string, string> { ["gone.html"] = "gone", ["index.html"] = "home 0" }, SinkFolder.Files(folder.Standby));
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        Assert.Equal(First.ToDictionary(f => f.Item1, f => f.Item2), SinkFolder.Files(folder.Output));
    }

    [Fact]
    public void Two_builds_of_the_same_files_write_the_same_marker()
    {
        using var folder = new SinkFolder();
        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);
        var marker = folder.Read("_site/.briefingbook-site");

        SinkFolder.Publish(new AtomicSwapSink(folder.Output), First);

        Assert.Equal(marker, folder.Read("_site/.briefingbook-site"));
        Assert.StartsWith(OutputFolder.MarkerText, marker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_cut_short_is_not_trusted()
    {
        var list = SiteManifest.Format([new("index.html", FileStamp.Of("home"u8))]);

        Assert.NotNull(SiteManifest.Parse(list));
        Assert.Null(SiteManifest.Parse(list[..^7]));
        Assert.Null(SiteManifest.Parse(OutputFolder.MarkerText));
        Assert.Null(SiteManifest.Parse(list.Replace("index.html", "../index.html", StringComparison.Ordinal)));
    }
}
