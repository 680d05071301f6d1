using System.Text.Json;
using AngleSharp.Html.Parser;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.EndToEnd;

/// <summary>
/// Reporting analysis end to end on small books: conflicts between report values, editors' conflicts and
/// flags, corroboration, mention backlinks and related actors, as a reader sees them.
/// </summary>
public sealed class ReportingTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The minimal book plus a second article about the same meeting.</summary>
    private static TestSite TwoSources()
    {
        var site = TestSite.Minimal();
        site.Write("seeds/wire.txt", """
            Wire Service
            Envoy and minister talk trade

            The special envoy held talks with the acting foreign minister in Herat on Tuesday, the ministry said.

            Trade, transit and security were on the agenda, with three agreements signed by both sides.
            """);
        site.Write("content/sources/wire-talks.md", """
            ---
            seed: wire.txt
            headline: Envoy and minister talk trade
            outlet: Wire Service
            published: 2025-04-23
            ---
            """);
        return site;
    }

    private static TestSite WithReports(string first, string second)
    {
        var site = TwoSources();
        site.Write("content/events/envoy-meets-minister.md", $"""
            ---
            title: The envoy meets the minister
            date: 2025-04
            actors: [special-envoy, kabul-government]
            reports:
              - source: envoy-talks
                quote: "The special envoy met the acting foreign minister in Kabul"
            {first}
              - source: wire-talks
                quote: "The special envoy held talks with the acting foreign minister in Herat on Tuesday"
            {second}
            ---
            """);
        return site;
    }

    private static JsonElement Json(TestSite site) => JsonDocument.Parse(site.Read("_site/data/book.json")).RootElement;

    [Fact]
    public void Reports_giving_different_places_are_a_conflict_shown_side_by_side_with_their_quotes()
    {
        using var site = WithReports("    place: Kabul", "    place: Herat");

        Assert.True(site.Build().Succeeded);

        var ev = Parser.ParseDocument(site.Read("_site/events/envoy-meets-minister/index.html"));
        var rows = ev.QuerySelectorAll("table.side-by-side tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal(["Test Outlet, 21 Apr 2025", "Kabul", "“The special envoy met the acting foreign minister in Kabul”"], rows[0]);
        Assert.Equal("Herat", rows[1][1]);
        Assert.Equal(2, ev.QuerySelectorAll("dl.values dd.conflicting").Length);
        Assert.NotNull(ev.QuerySelector("header a.mark-disagree[href='#disagreement']"));
        Assert.NotNull(ev.GetElementById("disagreement")!.QuerySelector("table.side-by-side"));
        Assert.NotNull(Parser.ParseDocument(site.Read("_site/chronology/index.html")).QuerySelector("a.mark-disagree[href='../events/envoy-meets-minister/index.html#disagreement']"));

        var source = Parser.ParseDocument(site.Read("_site/sources/envoy-talks/index.html"));
        Assert.Contains("disagree on place", source.QuerySelector("section.reporting-notes")!.TextContent, StringComparison.Ordinal);

        var json = Json(site);
        Assert.True(json.GetProperty("events")[0].GetProperty("conflict").GetBoolean());
        var note = json.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "envoy-talks")
            .GetProperty("notes").EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "conflict");
        Assert.Equal(["wire-talks"], note.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("place", note.GetProperty("field").GetString());
        Assert.Empty(new SiteLinkChecker(site.Output).BrokenLinks());
    }

    [Theory]
    [InlineData("    date: 2025-04-21", "    date: 2025-04-22", true)]
    [InlineData("    date: 2025-04-21", "    date: 2025-04", false)]
    [InlineData("    date: 2025", "    date: 2025-04-22", false)]
    [InlineData("    place: Kabul", "    place: kabul.", false)]
    [InlineData("    count: three", "    count: 3 agreements", true)]
    [InlineData("    first: special-envoy", "    first: kabul-government", true)]
    [InlineData("    first: special-envoy", "    first: special-envoy", false)]
    [InlineData("    place: Kabul", "", false)]
    public void Conflicts_are_found_only_where_values_cannot_both_be_true(string first, string second, bool conflict)
    {
        using var site = WithReports(first, second);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(conflict, Json(site).GetProperty("events")[0].GetProperty("conflict").GetBoolean());
        Assert.Equal(conflict, result.Book!.Conflicts.Count == 1);
    }

    [Fact]
    public void An_event_two_sources_report_is_corroborated_on_both_source_pages()
    {
        using var site = WithReports("", "");

        Assert.True(site.Build().Succeeded);

        foreach (var (page, other) in new[] { ("envoy-talks", "Wire Service, 23 Apr 2025"), ("wire-talks", "Test Outlet, 21 Apr 2025") })
        {
            var doc = Parser.ParseDocument(site.Read($"_site/sources/{page}/index.html"));
            var events = doc.QuerySelector("ul.plain li")!.TextContent;
            Assert.Contains("Also reported by " + other, events, StringComparison.Ordinal);
            Assert.Contains(doc.QuerySelectorAll("section.reporting-notes li"), li => li.TextContent.Contains(other, StringComparison.Ordinal));
        }

        var ev = Parser.ParseDocument(site.Read("_site/events/envoy-meets-minister/index.html"));
        Assert.NotNull(ev.QuerySelector(".reports.side-by-side-reports"));
        Assert.Equal(2, ev.QuerySelectorAll(".reports article.report").Length);
        var kinds = Json(site).GetProperty("sources")[0].GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("kind").GetString());
        Assert.Equal(["corroboration"], kinds);
    }

    [Fact]
    public void A_flag_highlights_its_quote_and_is_listed_on_the_source_and_notes_pages()
    {
        using var site = TwoSources();
        site.Write("content/notes/herat-or-kabul.md", """
            ---
            kind: flag
            title: "Herat, not Kabul?"
            events: [envoy-meets-minister]
            claims:
              - source: wire-talks
                quote: "in Herat on Tuesday"
                says: Puts the talks in Herat.
            ---
            Every other source says **Kabul**.
            """);

        Assert.True(site.Build().Succeeded);

        var source = Parser.ParseDocument(site.Read("_site/sources/wire-talks/index.html"));
        var anchor = source.GetElementById("n-herat-or-kabul")!;
        var mark = anchor.NextElementSibling!;
        Assert.Equal(("MARK", "flag", "in Herat on Tuesday"), (mark.TagName, mark.ClassName, mark.TextContent));
        Assert.Contains("Herat, not Kabul?", source.QuerySelector("section.reporting-notes .note-flag")!.TextContent, StringComparison.Ordinal);

        var notes = Parser.ParseDocument(site.Read("_site/notes/index.html"));
        var note = notes.GetElementById("note-herat-or-kabul")!;
        Assert.Equal("Kabul", note.QuerySelector(".prose strong")!.TextContent);
        Assert.Contains("Puts the talks in Herat.", note.TextContent, StringComparison.Ordinal);

        var ev = Parser.ParseDocument(site.Read("_site/events/envoy-meets-minister/index.html"));
        Assert.NotNull(ev.GetElementById("note-herat-or-kabul"));
        var flag = Json(site).GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "wire-talks")
            .GetProperty("notes").EnumerateArray().Single();
        Assert.Equal(("flag", "herat-or-kabul"), (flag.GetProperty("kind").GetString(), flag.GetProperty("note").GetString()));
        Assert.Empty(new SiteLinkChecker(site.Output).BrokenLinks());
    }

    [Theory]
    [InlineData("kind: conflict", "  - source: wire-talks\n    quote: \"in Herat on Tuesday\"", 4, "a conflict needs at least two claims")]
    [InlineData("kind: flag", "  - source: wire-talks\n    quote: \"in Herat on Tuesday\"\n  - source: envoy-talks\n    quote: \"in Kabul on Monday\"", 4, "a flag is about one source")]
    [InlineData("kind: flag", "  - source: wire-talk\n    quote: \"in Herat on Tuesday\"", 5, "unknown source `wire-talk`; did you mean `wire-talks`?")]
    [InlineData("kind: flag", "  - source: wire-talks\n    quote: \"in Herat on Wednesday\"", 6, "quote not found")]
    [InlineData("kind: doubt", "  - source: wire-talks\n    quote: \"in Herat on Tuesday\"", 2, "`kind` must be one of conflict, flag")]
    public void Bad_notes_are_reported_at_their_line(string kind, string claims, int line, string message)
    {
        using var site = TwoSources();
        site.Write("content/notes/a-note.md", $"---\n{kind}\ntitle: A note\nclaims:\n{claims}\n---\n");

        var error = site.SingleError();

        Assert.Equal(("content/notes/a-note.md", line), (error.Location.File, error.Location.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Actor_pages_show_each_mentioning_sentence_and_related_actors()
    {
        using var site = WithReports("", "");

        Assert.True(site.Build().Succeeded);

        var actor = Parser.ParseDocument(site.Read("_site/actors/special-envoy/index.html"));
        var sentences = actor.QuerySelectorAll(".backlinks .sentences li").Select(li => li.TextContent).ToArray();
        Assert.Equal(
            ["¶1 The special envoy met the acting foreign minister in Kabul on Monday, officials said in a statement.",
             "¶1 The special envoy held talks with the acting foreign minister in Herat on Tuesday, the ministry said."],
            sentences);
        Assert.All(actor.QuerySelectorAll(".backlinks mark.name"), m => Assert.Equal("special envoy", m.TextContent));
        Assert.Equal(["Kabul Government"], actor.QuerySelectorAll("#named-with a").Select(a => a.TextContent));

        var source = Parser.ParseDocument(site.Read("_site/sources/wire-talks/index.html"));
        var mention = source.QuerySelector(".article-body a.mention")!;
        Assert.Equal(("special envoy", "../../actors/special-envoy/index.html"), (mention.TextContent, mention.GetAttribute("href")));
        var json = Json(site).GetProperty("actors").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "special-envoy");
        Assert.Equal(["envoy-talks", "wire-talks"], json.GetProperty("mentions").EnumerateArray().Select(s => s.GetString()));
    }
}
