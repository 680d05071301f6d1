using BriefingBook.Rendering.Pages;
using BriefingBook.Rendering.Views;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Rendering;

/// <summary>
/// The reader's views as data: the chronology files a span where it ends too, an actor's quoted passages are
/// listed once, running text cites sources by short label, and editors' "line N" leads to the paragraph.
/// </summary>
public sealed class ReaderViewTests
{
    private static TestSite SpanBook()
    {
        var site = TestSite.Minimal();
        site.Write("content/events/long-talks.md", """
            ---
            title: Talks go on
            date: "2021-08..2023-12"
            actors: [special-envoy]
            reports:
              - source: envoy-talks
                quote: "Both sides discussed trade"
            ---
            """);
        site.Write("content/events/second-meeting.md", """
            ---
            title: The envoy meets the minister again
            date: 2022
            actors: [special-envoy]
            reports:
              - source: envoy-talks
                quote: "Both sides discussed trade"
            ---
            """);
        return site;
    }

    [Fact]
    public void A_span_is_filed_where_it_starts_and_again_where_it_ends_with_one_anchor_each()
    {
        using var site = SpanBook();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var model = (ChronologyView)ChronologyPage.Build(result.Book!, false).Model;

        var lines = model.Years.SelectMany(y => y.Events.Select(e => (Year: y.Label, e.Title, e.Anchor, e.Ending, e.StartHref))).ToArray();
        Assert.Equal(
            [("2021", "Talks go on", "e-long-talks", false, null),
             ("2022", "The envoy meets the minister again", "e-second-meeting", false, null),
             ("2023", "Talks go on", "e-long-talks-end", true, "#e-long-talks"),
             ("2025", "The envoy meets the minister", "e-envoy-meets-minister", false, null)],
            lines);
        Assert.Equal(lines.Length, lines.Select(l => l.Anchor).Distinct().Count());
        Assert.Equal("span", model.Years[0].Events[0].Date!.Precision);
        Assert.Equal("Aug 2021–Dec 2023", model.Years[0].Events[0].Date!.Compact);
    }

    [Fact]
    public void Running_text_cites_a_source_by_its_short_label_and_keeps_the_headline_as_title()
    {
        using var site = SpanBook();
        var result = site.Build();
        Assert.True(result.Succeeded);

        var model = (ChronologyView)ChronologyPage.Build(result.Book!, false).Model;

        var citation = Assert.Single(model.Years[0].Events[0].Citations);
        Assert.Equal(("Test Outlet, 21 Apr 2025", "Envoys meet in Kabul"), (citation.Label, citation.Title));
        Assert.Equal("../sources/envoy-talks/index.html#q-long-talks", citation.Href);
    }

    [Fact]
    public void An_actors_quoted_passage_is_listed_once_with_every_event_it_supports()
    {
        using var site = SpanBook();
        var result = site.Build();
        Assert.True(result.Succeeded);

        var model = (ActorView)ActorPages.Build(result.Book!, result.Book!.ActorsById["special-envoy"], false).Model;

        Assert.Equal(3, model.Events.Count);
        Assert.Equal(2, model.Said.Count);
        var shared = Assert.Single(model.Said, s => s.Text == "Both sides discussed trade");
        Assert.Equal(["Talks go on", "The envoy meets the minister again"], shared.Events.Select(e => e.Title));
    }

    [Fact]
    public void An_editors_line_number_links_to_the_paragraph_on_that_line_and_an_unknown_line_stays_text()
    {
        using var site = TestSite.Minimal();
        site.Write("content/sources/envoy-talks.md", """
            ---
            seed: envoy.txt
            headline: Envoys meet in Kabul
            outlet: Test Outlet
            published: 2025-04-21
            ---
            The meeting is on line 5; the menu on line 1; nothing on line 99, and `line 5` in code stays.
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var source = result.Book!.SourcesById["envoy-talks"];
        var paragraph = source.Body.Paragraphs.Single(p => p.Line == 5);

        var model = (SourceView)SourcePages.Build(result.Book!, source, false).Model;

        Assert.Contains($"<a href=\"#{paragraph.Anchor}\">line 5</a>", model.SummaryHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#line-1\">line 1</a>", model.SummaryHtml, StringComparison.Ordinal);
        Assert.Contains("nothing on line 99,", model.SummaryHtml, StringComparison.Ordinal);
        Assert.Contains("<code>line 5</code>", model.SummaryHtml, StringComparison.Ordinal);
        Assert.Equal(TestSite.SeedText.Split('\n').Length - 1, model.RawLines.Count);
        Assert.Equal(("line-5", true), (model.RawLines[4].Anchor, model.RawLines[4].InBody));
        Assert.False(model.RawLines[0].InBody);
    }
}
