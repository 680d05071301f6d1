using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.EndToEnd;

/// <summary>
/// The notes page of a corpus: past 50 families of copies it stays bounded (counts, the largest families, one
/// page per family) instead of listing every pair, and every family's page and link works.
/// </summary>
public sealed class CorpusNotesTests
{
    /// <summary>Sixty pairs of stories, each pair sharing one paragraph of words no other pair uses.</summary>
    private const int Pairs = 60;

    [Fact]
    public void Past_fifty_families_the_notes_page_summarises_and_each_family_has_a_page()
    {
        using var site = TestSite.Minimal();
        for (var i = 0; i < Pairs; i++)
        {
            // Letters only: figures would be masked in the wording, and every pair would share one formula.
            var words = string.Join(' ', Enumerable.Range(0, 16).Select(k => $"q{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}{(char)('a' + k)}"));
            foreach (var side in new[] { "a", "b" })
                site.Write($"seeds/pair-{i:00}-{side}.txt", $"Story {side} of pair\n\nThe shared paragraph reads {words} and ends here.\n");
        }

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var links = new SiteLinkChecker(site.Output);
        Assert.Empty(links.BrokenLinks());
        var notes = links.Page("notes/index.html");
        Assert.Equal(25, notes.QuerySelectorAll("table.families tbody tr").Length);
        Assert.Contains("60 copied passages in 60 families", notes.GetElementById("copies")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(notes.QuerySelectorAll("#copies .copy"));

        var family = links.Page("notes/copies/pair-07-a/index.html");
        Assert.Equal(["../../../sources/pair-07-a/index.html#copied-text", "../../../sources/pair-07-b/index.html#copied-text"],
            family.QuerySelectorAll("ol.family-sources a").Select(a => a.GetAttribute("href")));
        Assert.Single(family.QuerySelectorAll(".copy"));
        var source = links.Page("sources/pair-07-b/index.html");
        Assert.Contains(source.QuerySelectorAll("#notes a"), a => a.GetAttribute("href") == "../../notes/copies/pair-07-a/index.html");
    }
}
