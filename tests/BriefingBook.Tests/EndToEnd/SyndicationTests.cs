using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.EndToEnd;

/// <summary>
/// The "done when" of duplicate detection: drop a new scrape that syndicates a seed's wire copy into the
/// real book's <c>seeds/</c>, with no source entry, and the next build flags its copied paragraphs against
/// the original, with the differences shown.
/// </summary>
public sealed class SyndicationTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bb-synd-" + Guid.NewGuid().ToString("N"));

    public SyndicationTests()
    {
        foreach (var folder in new[] { "seeds", "content", "themes" })
            TestSite.CopyTree(Path.Combine(RepoPaths.Root, folder), Path.Combine(_root, folder));
        File.Copy(RepoPaths.Fixture("syndicated-ani-copy.txt"), Path.Combine(_root, "seeds", "frontier-daily-peskov.txt"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_dropped_in_syndicated_copy_is_flagged_paragraph_by_paragraph_against_the_original()
    {
        var output = Path.Combine(_root, "_site");
        var result = BookBuilder.Build(new BuildOptions(_root, output));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("seed has no source entry", warning.Message, StringComparison.Ordinal);

        var links = new SiteLinkChecker(output);
        Assert.Empty(links.BrokenLinks());
        var copy = links.Page("sources/frontier-daily-peskov/index.html");
        Assert.Equal("Kremlin says Moscow is building up ties with Afghanistan", copy.QuerySelector("h1")!.TextContent);

        // Every kept paragraph points at its original; the original's dropped paragraph 4 is named.
        var refs = copy.QuerySelectorAll(".article-body p.copied .copy-ref a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(14, refs.Length);
        Assert.All(refs, href => Assert.StartsWith("../../sources/tribune-peskov-2025-12-02/index.html#p", href, StringComparison.Ordinal));
        Assert.Contains("../../sources/tribune-peskov-2025-12-02/index.html#p11", refs);
        var summary = copy.QuerySelector(".copies > p")!;
        Assert.Contains("14 of this article’s 14 paragraphs", summary.TextContent, StringComparison.Ordinal);
        Assert.Equal(["¶4"], summary.QuerySelectorAll("a").Skip(1).Select(a => a.TextContent));

        // The edited date is shown as a diff and flagged.
        var edited = copy.QuerySelectorAll(".copy").Single(c => c.TextContent.Contains("July 2025", StringComparison.Ordinal));
        Assert.Equal("4", edited.QuerySelector(".diff-only-here")!.TextContent);
        Assert.Equal("3", edited.QuerySelector(".diff-only-there")!.TextContent);
        Assert.Contains("Possible conflict (date): “on 4 July”", edited.QuerySelector(".discrepancy")!.TextContent, StringComparison.Ordinal);

        // The original shows the copy too.
        var original = links.Page("sources/tribune-peskov-2025-12-02/index.html");
        Assert.Equal(14, original.QuerySelectorAll(".article-body p.copied").Length);
        Assert.NotNull(links.Page("notes/index.html").GetElementById("copies-tribune-peskov-2025-12-02--frontier-daily-peskov"));

        // The sources index and the home page count the copies.
        var row = links.Page("sources/index.html").QuerySelectorAll("li")
            .Single(li => li.QuerySelector("a")!.GetAttribute("href") == "../sources/frontier-daily-peskov/index.html");
        var notesLink = row.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "../sources/frontier-daily-peskov/index.html#notes");
        Assert.Equal("14 copied paragraphs", notesLink.TextContent);
        Assert.Contains("14 copied passages", links.Page("index.html").QuerySelector("a.card[href='notes/index.html']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_syndicated_to_many_sites_is_one_family_on_the_notes_page_and_its_copies_are_capped_on_source_pages()
    {
        // Ten more sites run the same wire copy: eleven copies of the story (twelve sources with the original).
        for (var i = 1; i <= 10; i++)
            File.Copy(RepoPaths.Fixture("syndicated-ani-copy.txt"), Path.Combine(_root, "seeds", $"site-{i:00}.txt"));
        var output = Path.Combine(_root, "_site");

        var result = BookBuilder.Build(new BuildOptions(_root, output));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var links = new SiteLinkChecker(output);
        Assert.Empty(links.BrokenLinks());

        // The notes page names the twelve sources once instead of listing 66 pairs.
        var notes = links.Page("notes/index.html");
        var family = Assert.Single(notes.QuerySelectorAll(".copy-family"));
        Assert.Equal(12, family.QuerySelectorAll("ol.family-sources > li").Length);
        Assert.StartsWith("../sources/tribune-peskov-2025-12-02/index.html", family.QuerySelector("ol.family-sources a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Empty(notes.QuerySelectorAll("#copies > .copies:not(.copy-family)"));

        // Every copy keeps the original as one of its closest, but the original's page shows only the eight
        // closest copies of each paragraph (identical, then earliest) and counts the rest; each paragraph names
        // three inline.
        var original = links.Page("sources/tribune-peskov-2025-12-02/index.html");
        var copyRef = original.GetElementById("p2")!.QuerySelector(".copy-ref")!;
        Assert.Equal(3, copyRef.QuerySelectorAll("a[title]").Length);
        Assert.Equal("and 8 more", copyRef.QuerySelector("a[href='#copied-text']")!.TextContent);
        Assert.Equal(8, original.QuerySelectorAll("#notes .copies").Length);
        Assert.Contains("¶2 is in 11 other sources", original.GetElementById("notes")!.TextContent, StringComparison.Ordinal);

        // Each paragraph of the last copy keeps eight counterparts, the earliest (the original) always among
        // them, then the most similar: the page names eight of the eleven other sources, the original and the
        // seven earliest copies, for the edited dateline too, which the other copies match better than the
        // original does.
        var last = links.Page("sources/site-10/index.html");
        Assert.Equal(8, last.QuerySelectorAll("#notes .copies").Length);
        Assert.Contains("tribune-peskov-2025-12-02", last.QuerySelector("#notes .copies a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("¶2 is in 11 other sources", last.GetElementById("notes")!.TextContent, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "data", "book.json")));
        var lastNotes = json.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "site-10")
            .GetProperty("notes").EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "duplicate").ToArray();
        Assert.All(lastNotes, n => Assert.Equal(11, n.GetProperty("copies_found").GetInt32()));
    }
}
