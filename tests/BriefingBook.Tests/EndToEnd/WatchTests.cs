using System.Collections.Concurrent;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.EndToEnd;

public sealed class WatchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Watch_rebuilds_after_an_edit_and_keeps_the_last_good_site_after_a_bad_one()
    {
        using var site = TestSite.Minimal();
        using var stop = new CancellationTokenSource();
        var results = new BlockingCollection<BuildResult>();
        var watching = Task.Run(() => BookWatcher.Run(new BuildOptions(site.Root, site.Output), results.Add, e => Assert.Fail(e.Message), stop.Token));

        Assert.True(results.TryTake(out var first, Patience));
        Assert.True(first.Succeeded);

        site.Write("content/book.yml", "title: Renamed book\n");
        Assert.True(results.TryTake(out var second, Patience));
        Assert.True(second.Succeeded);
        Assert.Contains("<h1>Renamed book</h1>", site.Read("_site/index.html"), StringComparison.Ordinal);

        site.Write("content/book.yml", "titel: Broken\n");
        Assert.True(results.TryTake(out var third, Patience));
        Assert.False(third.Succeeded);
        Assert.Contains("<h1>Renamed book</h1>", site.Read("_site/index.html"), StringComparison.Ordinal);

        await stop.CancelAsync();
        await watching.WaitAsync(Patience);
    }

    [Fact]
    public async Task Watch_survives_a_disk_fault_and_recovers_when_it_is_fixed()
    {
        using var site = TestSite.Minimal();
        using var stop = new CancellationTokenSource();
        var results = new BlockingCollection<BuildResult>();
        var faults = new BlockingCollection<Exception>();
        var watching = Task.Run(() => BookWatcher.Run(new BuildOptions(site.Root, site.Output), results.Add, faults.Add, stop.Token));
        Assert.True(results.TryTake(out var first, Patience));
        Assert.True(first.Succeeded);

        // Someone replaces the site with a folder of their own: the next rebuild must refuse to touch it ...
        Directory.Delete(site.Output, recursive: true);
        site.Write("_site/mine.txt", "not the site\n");
        site.Write("content/book.yml", "title: Renamed book\n");
        Assert.True(faults.TryTake(out var fault, Patience));
        Assert.IsType<Publishing.OutputRefusedException>(fault);
        Assert.Equal("not the site\n", site.Read("_site/mine.txt"));

        // ... and the session goes on: once the folder is gone, the next save builds again.
        Directory.Delete(site.Output, recursive: true);
        site.Write("content/book.yml", "title: Renamed again\n");
        Assert.True(results.TryTake(out var recovered, Patience));
        Assert.True(recovered.Succeeded);
        Assert.Contains("<h1>Renamed again</h1>", site.Read("_site/index.html"), StringComparison.Ordinal);

        await stop.CancelAsync();
        await watching.WaitAsync(Patience);
    }

    [Fact]
    public async Task Watch_rebuilds_only_what_an_edit_touched_and_keeps_the_other_files_as_they_are()
    {
        using var site = TestSite.Minimal();
        using var stop = new CancellationTokenSource();
        var results = new BlockingCollection<BuildResult>();
        var watching = Task.Run(() => BookWatcher.Run(new BuildOptions(site.Root, site.Output), results.Add, e => Assert.Fail(e.Message), stop.Token));
        Assert.True(results.TryTake(out var first, Patience));
        Assert.True(first.Succeeded);
        var notFound = Path.Combine(site.Output, "404.html");
        var stylesheet = Path.Combine(site.Output, "assets/style.css");
        var before = (Inode.Of(notFound), Inode.Of(stylesheet));

        // The envoy's profile shows on the pages that name the envoy, not on the 404 page or in the stylesheet:
        // those are not rendered again, and the very files (linked from the live site into the standby) are what
        // the new site holds.
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: person\naliases: [envoy]\n---\nThe envoy, edited.\n");
        Assert.True(results.TryTake(out var second, Patience));
        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.InRange(second.Rendered, 1, second.FilesWritten - 2);
        Assert.Contains("The envoy, edited.", site.Read("_site/actors/special-envoy/index.html"), StringComparison.Ordinal);
        Assert.Equal(before, (Inode.Of(notFound), Inode.Of(stylesheet)));

        await stop.CancelAsync();
        await watching.WaitAsync(Patience);
    }
}
