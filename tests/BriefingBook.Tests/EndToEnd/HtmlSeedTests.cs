using BriefingBook.Diagnostics;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.EndToEnd;

/// <summary>An HTML scrape as a seed: it builds into the book, its quotes are checked, its raw page is shown escaped.</summary>
public sealed class HtmlSeedTests
{
    private const string Html = """
        <!DOCTYPE html>
        <html><head><title>Envoys meet in Kabul</title><script>alert("x")</script></head>
        <body>
        <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
        <article>
        <h1>Envoys meet in Kabul</h1>
        <p>The special envoy met the acting foreign minister in Kabul on Monday, officials said in a statement issued after the talks ended.</p>
        <p>Both sides discussed trade, transit &amp; security, and agreed to meet again before the end of the year in the Russian capital.</p>
        <p>The envoy said the two governments had made progress on a transit agreement that would let goods cross Central Asia.</p>
        </article>
        <aside><h3>Read next</h3><p>Another story about something else entirely, with many words in a full sentence here.</p></aside>
        </body></html>
        """;

    private static TestSite HtmlBook(string extra = "")
    {
        var site = TestSite.Minimal();
        File.Delete(Path.Combine(site.Root, "seeds", "envoy.txt"));
        site.Write("seeds/envoy.html", Html);
        site.Write("content/sources/envoy-talks.md", $"---\nseed: envoy.html\nheadline: Envoys meet in Kabul\noutlet: Test Outlet\npublished: 2025-04-21\n{extra}---\nA short article.\n");
        return site;
    }

    [Fact]
    public void An_html_seed_builds_and_its_quotes_are_found_in_the_extracted_text()
    {
        using var site = HtmlBook();

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var source = site.Check().Book!.SourcesById["envoy-talks"];
        Assert.Equal(3, source.Body.Paragraphs.Count);
        Assert.Contains("transit & security", source.Body.Paragraphs[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_source_page_shows_the_raw_html_escaped()
    {
        using var site = HtmlBook();
        Assert.True(site.Build().Succeeded);

        var page = site.Read("_site/sources/envoy-talks/index.html");

        Assert.Contains("&lt;script&gt;alert(", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_from_outside_the_article_is_reported()
    {
        using var site = HtmlBook();
        site.Write("content/events/envoy-meets-minister.md", """
            ---
            title: The envoy meets the minister
            date: 2025-04-21
            actors: [special-envoy, kabul-government]
            reports:
              - source: envoy-talks
                quote: "Another story about something else entirely"
            ---
            """);

        var errors = site.Check().Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();

        Assert.Contains(errors, e => e.Message.Contains("outside the article body", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_rules_is_accepted_and_builds()
    {
        using var site = HtmlBook("extract: rules\n");

        Assert.True(site.Build().Succeeded);
        Assert.Equal(3, site.Check().Book!.SourcesById["envoy-talks"].Body.Paragraphs.Count);
    }

    [Fact]
    public void An_unknown_extract_method_is_an_error_with_a_suggestion()
    {
        using var site = HtmlBook("extract: readabilty\n");

        var error = Assert.Single(site.Check().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal(new SourceLocation("content/sources/envoy-talks.md", 6), error.Location);
        Assert.Contains("`extract` must be one of rules, readability, not `readabilty`", error.Message, StringComparison.Ordinal);
        Assert.Contains("readability", error.Message[(error.Message.IndexOf("not `", StringComparison.Ordinal) + 16)..], StringComparison.Ordinal);
    }
}
