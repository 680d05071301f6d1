using BriefingBook.Engine;
using BriefingBook.Publishing;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Engine;

/// <summary>
/// A session rebuilding after edits must give exactly what a clean build of the same files gives: every file's
/// bytes and every diagnostic. Each step edits the real book, rebuilds the long-lived session (told which files
/// changed, as a watcher would, or not told), builds a fresh session from scratch, and compares.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TestSite _site = TestSite.CopyOfRealBook();
    private readonly BookSession _session;
    private readonly MemorySink _sink = new();

    public IncrementalBuildTests()
    {
        // With a base URL, so the feeds, the sitemap and absolute structured data are built and compared too.
        // Under a path, so the feeds' and sitemap's addresses are tested off the root too.
        var settings = System.Text.RegularExpressions.Regex.Replace(_site.Read("content/book.yml"), "(?m)^base_url: .*\n", "");
        _site.Write("content/book.yml", settings + "\nbase_url: https://example.org/book/\n");
        _session = BookPipeline.CreateDefault().OpenSession(new BuildOptions(_site.Root, ""), expectRebuilds: true);
        var first = _session.Build(_sink);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_sequence_of_edits_rebuilds_to_what_a_clean_build_gives()
    {
        var total = _sink.Files.Count;

        // Edit one event's summary: its page and the pages listing it change, not the whole site.
        var rendered = Step(Edit("content/events/kabulov-meets-muttaqi.md", s => s.Replace("Kabulov called the developments", "Kabulov described the developments")));
        Assert.InRange(rendered, 1, total / 2);

        // Edit a quote: still verbatim, shorter.
        Step(Edit("content/events/kabulov-meets-muttaqi.md", s => s.Replace(
            "the two sides discussed strengthening bilateral relations, expanding economic and trade cooperation, and addressing key regional issues.",
            "the two sides discussed strengthening bilateral relations")));

        // A quote that is not in the source: an error, and the session's site stays as it was.
        var before = Snapshot();
        Step(Edit("content/events/kabulov-meets-muttaqi.md", s => s.Replace("discussed strengthening bilateral relations", "discussed weakening bilateral relations")), expectErrors: true);
        Assert.Equal(before, Snapshot());

        // Fix it again.
        Step(Edit("content/events/kabulov-meets-muttaqi.md", s => s.Replace("discussed weakening bilateral relations", "discussed strengthening bilateral relations")));

        // Rename an actor: every page naming them changes.
        Step(Edit("content/actors/zamir-kabulov.md", s => s.Replace("name: Zamir Kabulov", "name: Zamir N. Kabulov")));

        // An alias: mentions in the seeds' text change.
        Step(Edit("content/actors/zamir-kabulov.md", s => s.Replace("aliases: [Kabulov]", "aliases: [Kabulov, Special Envoy]")));

        // Delete an event nothing refers to.
        Step(Delete("content/events/great-game.md"));

        // Delete an event others refer to: errors; then restore it.
        var removed = _site.Read("content/events/soviet-union-collapses.md");
        Step(Delete("content/events/soviet-union-collapses.md"), expectErrors: true);
        Step(Write("content/events/soviet-union-collapses.md", removed));

        // Break a file's YAML, then fix it.
        var actor = _site.Read("content/actors/sergey-lavrov.md");
        Step(Write("content/actors/sergey-lavrov.md", actor.Replace("name:", "name: [unclosed")), expectErrors: true);
        Step(Write("content/actors/sergey-lavrov.md", actor));

        // An edited file replaced by a link out of the book, as the watcher reports it: refused as on a clean build.
        var outside = Path.Combine(Path.GetTempPath(), "bb-outside-" + Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllText(outside, actor);
        var lavrov = Path.Combine(_site.Root, "content/actors/sergey-lavrov.md");
        File.Delete(lavrov);
        File.CreateSymbolicLink(lavrov, outside);
        _steps = 0;
        Step(lavrov, expectErrors: true);
        File.Delete(lavrov);
        File.Delete(outside);
        _steps = 0;
        Step(Write("content/actors/sergey-lavrov.md", actor));

        // Add a seed: a copy of another with a new name (an undescribed source, and a duplicate of the first).
        Step(Write("seeds/900_copy.txt", _site.Read("seeds/002_d783a21d6da850c6.txt")));

        // Describe it.
        Step(Write("content/sources/copy-of-tkd.md", "---\nseed: 900_copy.txt\nheadline: A copy\noutlet: Copier\npublished: 2024-06-01\n---\n"));

        // Edit a seed's text: the body, its duplicates and mentions change.
        Step(Edit("seeds/900_copy.txt", s => s.Replace("Taliban", "Taleban")));

        // The book's settings and a layout.
        Step(Edit("content/book.yml", s => s.Replace("title:", "title: New").Replace("title: New ", "title: New ")));
        Step(Edit("themes/default/layouts/event.sbn", s => s + "\n<!-- edited -->\n"));

        // A new folder of events, reported by the watcher as the folder alone (as inotify does).
        var copy = _site.Read("content/events/great-game.md".Replace("great-game", "taliban-formed-1994", StringComparison.Ordinal));
        _site.Write("content/events/more/taliban-formed-again.md", copy.Replace("title:", "title: Again,", StringComparison.Ordinal));
        _steps = 0;
        Step(Path.Combine(_site.Root, "content/events/more"));
        Directory.Delete(Path.Combine(_site.Root, "content/events/more"), recursive: true);
        _steps = 0;
        Step(Path.Combine(_site.Root, "content/events/more"));

        // Remove the seed again.
        Step(Delete("seeds/900_copy.txt"), expectErrors: true);
        Step(Delete("content/sources/copy-of-tkd.md"));
    }

    [Fact]
    public void An_unchanged_book_renders_nothing_again()
    {
        var again = _session.Build(_sink);
        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Rendered);
        Assert.Equal(_sink.Files.Count, again.FilesWritten);
    }

    private string Edit(string relative, Func<string, string> change)
    {
        var text = _site.Read(relative);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        return Write(relative, changed);
    }

    private string Write(string relative, string text)
    {
        _site.Write(relative, text);
        return Path.Combine(_site.Root, relative);
    }

    private string Delete(string relative)
    {
        File.Delete(Path.Combine(_site.Root, relative));
        return Path.Combine(_site.Root, relative);
    }

    private int _steps;

    /// <summary>Rebuilds incrementally and from scratch, compares, and returns how many files the rebuild rendered.</summary>
    private int Step(string changedPath, bool expectErrors = false)
    {
        // Alternate between a watcher's list of changed files and no list (signatures decide).
        var told = _steps++ % 2 == 0 ? new[] { changedPath } : null;
        var incremental = _session.Build(_sink, told);
        var cleanSink = new MemorySink();
        var clean = BookPipeline.CreateDefault().OpenSession(new BuildOptions(_site.Root, "")).Build(cleanSink);

        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(expectErrors, !incremental.Succeeded);
        if (expectErrors) return 0;
        Assert.Equal(cleanSink.Files.Keys.Order(StringComparer.Ordinal), _sink.Files.Keys.Order(StringComparer.Ordinal));
        var stale = cleanSink.Files.Where(f => !f.Value.AsSpan().SequenceEqual(_sink.Files[f.Key])).Select(f => f.Key).ToList();
        Assert.True(stale.Count == 0, $"after editing {changedPath}, these differ from a clean build: {string.Join(", ", stale)}");
        return incremental.Rendered;
    }

    private Dictionary<string, string> Snapshot() =>
        _sink.Files.ToDictionary(f => f.Key, f => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(f.Value)));
}
