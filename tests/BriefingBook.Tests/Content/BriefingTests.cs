using System.Text.Json;
using AngleSharp.Html.Parser;
using BriefingBook.Diagnostics;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Content;

/// <summary>
/// The briefing fields of book.yml: each wrong shape is one diagnostic at its line, ids are checked, and a
/// valid briefing reaches the home page escaped and linked, and book.json.
/// </summary>
public sealed class BriefingTests
{
    private const string Book = "title: Test book\n";

    [Theory]
    [InlineData("judgements: just a sentence\n", 2, "`judgements` must be a list (lines starting with `- `)")]
    [InlineData("uncertain:\n  - a bare sentence\n", 3, "each item of `uncertain` must be a block of `key: value` fields")]
    [InlineData("gaps:\n  - sources: [envoy-talks]\n", 3, "missing required field `text`")]
    [InlineData("judgements:\n  - text: A point.\n    txt: typo\n", 4, "unknown field `txt`; did you mean `text`?")]
    [InlineData("judgements:\n  - text: A point.\n    sources: {envoy-talks: yes}\n", 4, "`sources` must be a list of values")]
    [InlineData("bottom_line: [one, two]\n", 2, "`bottom_line` must be a single line of text")]
    [InlineData("stages:\n  - title: Talks\n    date: 2025-13\n", 4, "invalid date in `date`")]
    [InlineData("stages:\n  - text: No title.\n", 3, "missing required field `title`")]
    [InlineData("reliability:\n  - source: envoy-talks\n    dated: printed\n    defects: none\n    confidence: certain\n", 6, "`confidence` must be one of high, medium, low, not `certain`")]
    [InlineData("reliability:\n  - source: envoy-talks\n    dated: printed\n    confidence: high\n", 3, "missing required field `defects`")]
    [InlineData("briefing: yes\n", 2, "unknown field `briefing`")]
    public void A_wrong_shape_is_one_error_at_its_line(string yaml, int line, string message)
    {
        using var site = TestSite.Minimal();
        site.Write("content/book.yml", Book + yaml);

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/book.yml", line), error.Location);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_reliability_row_for_one_source_is_an_error_at_its_source()
    {
        using var site = TestSite.Minimal();
        site.Write("content/book.yml", Book +
            "reliability:\n  - source: envoy-talks\n    dated: printed\n    defects: none\n    confidence: high\n" +
            "  - source: envoy-talks\n    dated: again\n    defects: none\n    confidence: low\n");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/book.yml", 7), error.Location);
        Assert.Equal("source `envoy-talks` already has a row in `reliability`: one row per source", error.Message);
    }

    [Theory]
    [InlineData("judgements:\n  - text: A point.\n    sources: [envoy-talk]\n", 4, "unknown source `envoy-talk`; did you mean `envoy-talks`?")]
    [InlineData("uncertain:\n  - text: A doubt.\n    events: [envoy-meets-ministers]\n", 4, "unknown event `envoy-meets-ministers`; did you mean `envoy-meets-minister`?")]
    [InlineData("uncertain:\n  - text: A doubt.\n    notes: [placeholder-flag]\n", 4, "unknown note `placeholder-flag`")]
    [InlineData("stages:\n  - title: Talks\n    events: [talks]\n", 4, "unknown event `talks`")]
    [InlineData("reliability:\n  - source: envoy\n    dated: printed\n    defects: none\n    confidence: high\n", 3, "unknown source `envoy`")]
    public void Unknown_ids_are_reported_where_they_are_written(string yaml, int line, string message)
    {
        using var site = TestSite.Minimal();
        site.Write("content/book.yml", Book + yaml);

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/book.yml", line), error.Location);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_resting_on_a_garbled_sentence_needs_a_flag_naming_it()
    {
        using var site = TestSite.Minimal();
        site.WriteEvent(extra: "rests_on_garbled: true\n");

        var error = site.SingleError();
        Assert.Equal("content/events/envoy-meets-minister.md", error.Location.File);
        Assert.Contains("no flag in `content/notes/` names it", error.Message, StringComparison.Ordinal);

        site.Write("content/notes/envoy-garbled.md", """
            ---
            kind: flag
            title: Garbled
            events: [envoy-meets-minister]
            claims:
              - source: envoy-talks
                quote: "The special envoy met the acting foreign minister in Kabul"
            ---
            """);
        Assert.Empty(site.Check().Diagnostics);
    }

    [Fact]
    public void The_home_page_shows_the_briefing_escaped_and_linked_and_book_json_carries_it()
    {
        using var site = TestSite.Minimal();
        site.Write("content/book.yml", Book + """
            bottom_line: The envoy <b>met</b> the minister.
            judgements:
              - text: Talks went on "in Kabul" & <script>alert(1)</script>.
                sources: [envoy-talks]
                events: [envoy-meets-minister]
            uncertain:
              - text: What was agreed.
            stages:
              - title: Talks
                date: 2025-04
                events: [envoy-meets-minister]
            gaps:
              - text: The minister's name.
            reliability:
              - source: envoy-talks
                dated: Printed date.
                defects: None <known>.
                confidence: medium
            """);

        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        var home = new HtmlParser().ParseDocument(html);

        Assert.Equal("The envoy <b>met</b> the minister.", home.QuerySelector("#bottom-line .lede")!.TextContent);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>met", html, StringComparison.Ordinal);
        var judgement = Assert.Single(home.QuerySelectorAll("#judgements ol.judgements > li"));
        Assert.StartsWith("Talks went on \"in Kabul\" & <script>", judgement.QuerySelector(".point")!.TextContent, StringComparison.Ordinal);
        var hrefs = judgement.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(["sources/envoy-talks/index.html", "events/envoy-meets-minister/index.html"], hrefs);
        Assert.Equal("Test Outlet, 21 Apr 2025", judgement.QuerySelector("a")!.TextContent);

        Assert.Equal("What was agreed.", home.QuerySelector("#uncertain li .point")!.TextContent);
        Assert.Equal("April 2025", home.QuerySelector("#stages li time")!.TextContent);
        Assert.Equal("Talks", home.QuerySelector("#stages li h3")!.TextContent);
        Assert.Equal("The minister's name.", home.QuerySelector("#gaps li .point")!.TextContent);
        var row = Assert.Single(home.QuerySelectorAll("#reliability tbody tr"));
        Assert.Equal(["Test Outlet", "none given", "Printed date.", "None <known>.", "medium"], row.QuerySelectorAll("td").Select(td => td.TextContent).ToArray());

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "data", "book.json")));
        var briefing = json.RootElement.GetProperty("briefing");
        Assert.Equal("The envoy <b>met</b> the minister.", briefing.GetProperty("bottom_line").GetString());
        Assert.Equal("envoy-talks", briefing.GetProperty("judgements")[0].GetProperty("sources")[0].GetString());
        Assert.Equal("2025-04", briefing.GetProperty("stages")[0].GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("medium", briefing.GetProperty("reliability")[0].GetProperty("confidence").GetString());
    }

    [Fact]
    public void A_book_without_a_briefing_shows_none_of_its_headings()
    {
        using var site = TestSite.Minimal();

        Assert.True(site.Build().Succeeded);
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));

        Assert.Empty(home.QuerySelectorAll(".briefing"));
    }
}
