using BriefingBook.Serving;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Serving;

/// <summary>The watcher behind `serve` and `build --watch`: what it hands out, and when it says "look at everything".</summary>
public sealed class InputWatcherTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Changes_made_while_nobody_asks_come_out_as_one_batch_of_full_paths()
    {
        using var site = TestSite.Minimal();
        using var watcher = new InputWatcher(site.Root);

        // As during a rebuild: several saves before the next batch is asked for.
        site.Write("content/book.yml", "title: One\n");
        site.Write("content/actors/new-actor.md", "---\nname: New Actor\nkind: person\n---\n");
        File.Delete(Path.Combine(site.Root, "content/events/envoy-meets-minister.md"));
        site.Write("_site/ignored.txt", "the output is not an input\n");
        var expected = new[] { "content/book.yml", "content/actors/new-actor.md", "content/events/envoy-meets-minister.md" }
            .Select(p => Path.Combine(site.Root, p)).ToHashSet(StringComparer.Ordinal);

        // Events can reach the watcher a little after the writes; gather batches until all are seen.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var timeout = new CancellationTokenSource(Patience);
        while (!expected.IsSubsetOf(seen))
        {
            var batch = await watcher.NextAsync(timeout.Token);
            Assert.NotNull(batch);
            seen.UnionWith(batch);
        }

        Assert.DoesNotContain(seen, p => p.Contains("_site", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_watched_folder_that_goes_and_comes_back_means_look_at_everything_and_is_watched_again()
    {
        using var site = TestSite.Minimal();
        using var watcher = new InputWatcher(site.Root);
        using var timeout = new CancellationTokenSource(Patience);

        Directory.Delete(Path.Combine(site.Root, "content"), recursive: true);
        IReadOnlyCollection<string>? batch = [];
        while (batch is not null) batch = await watcher.NextAsync(timeout.Token);

        site.Write("content/book.yml", "title: Back\n");
        // The folder's return is again "everything"; once it is watched again, a save inside it is a path
        // (saved again until seen, since the first save may fall before the folder is watched again).
        var book = Path.Combine(site.Root, "content/book.yml");
        for (var i = 0; ; i++)
        {
            batch = await watcher.NextAsync(timeout.Token);
            if (batch is not null && batch.Contains(book)) break;
            site.Write("content/book.yml", $"title: Back {i}\n");
        }
    }
}
