using AngleSharp.Html.Parser;
using BriefingBook.Diagnostics;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.EndToEnd;

/// <summary>Small sites built from inline files: escaping, overrides, URL styles, the 404 page.</summary>
public sealed class SiteOutputTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Text_from_seeds_and_front_matter_is_escaped_and_editors_raw_html_is_not_rendered()
    {
        using var site = TestSite.Minimal();
        site.Write("seeds/envoy.txt", TestSite.SeedText.Replace("officials said in a statement.", "officials said <script>alert(1)</script> in a statement.", StringComparison.Ordinal));
        site.Write("content/actors/special-envoy.md", """
            ---
            name: "Envoy <img src=x onerror=alert(1)>"
            kind: person
            ---
            Profile with <script>alert(2)</script> and **bold**.
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var actor = site.Read("_site/actors/special-envoy/index.html");
        Assert.DoesNotContain("<script>", actor, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", actor, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", actor, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", actor, StringComparison.Ordinal);
        var source = site.Read("_site/sources/envoy-talks/index.html");
        Assert.DoesNotContain("<script>", source, StringComparison.Ordinal);
        Assert.Equal("Envoy <img src=x onerror=alert(1)>", Parser.ParseDocument(actor).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Quotes_are_highlighted_in_place_and_link_to_their_event()
    {
        using var site = TestSite.Minimal();

        site.Build();

        var doc = Parser.ParseDocument(site.Read("_site/sources/envoy-talks/index.html"));
        var paragraph = doc.GetElementById("p1")!;
        var mark = paragraph.QuerySelector("mark.quote")!;
        Assert.Equal("The special envoy met the acting foreign minister in Kabul", mark.TextContent);
        // The link to the event follows the passage, so names inside it can link to their actors.
        Assert.Equal("quote-ref", mark.NextElementSibling!.ClassName);
        Assert.Equal("../../events/envoy-meets-minister/index.html", mark.NextElementSibling.GetAttribute("href"));
        Assert.NotNull(paragraph.QuerySelector("#q-envoy-meets-minister"));
        Assert.EndsWith(", officials said in a statement.", paragraph.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_quotes_from_two_events_are_both_anchored()
    {
        using var site = TestSite.Minimal();
        site.Write("content/events/talks-in-kabul.md", """
            ---
            title: Talks in Kabul
            date: 2025-04
            actors: [special-envoy]
            reports:
              - source: envoy-talks
                quote: "acting foreign minister in Kabul on Monday"
            ---
            """);

        Assert.True(site.Build().Succeeded);

        var doc = Parser.ParseDocument(site.Read("_site/sources/envoy-talks/index.html"));
        var marks = doc.GetElementById("p1")!.QuerySelectorAll("mark.quote").Select(m => m.TextContent).ToArray();
        Assert.Equal(["The special envoy met the ", "acting foreign minister in Kabul", " on Monday"], marks);
        Assert.NotNull(doc.GetElementById("q-envoy-meets-minister"));
        Assert.NotNull(doc.GetElementById("q-talks-in-kabul"));
        Assert.Empty(new SiteLinkChecker(site.Output).BrokenLinks());
    }

    [Fact]
    public void A_project_layout_overrides_the_themes()
    {
        using var site = TestSite.Minimal();
        site.Write("layouts/actor.sbn", "<h1 class=\"custom\">{{ name }}</h1><p>Custom actor page</p>");
        site.Write("layouts/partials/footer.sbn", "<footer>Project footer</footer>");

        Assert.True(site.Build().Succeeded);

        var actor = site.Read("_site/actors/special-envoy/index.html");
        Assert.Contains("<h1 class=\"custom\">Special Envoy</h1><p>Custom actor page</p>", actor, StringComparison.Ordinal);
        Assert.Contains("<footer>Project footer</footer>", actor, StringComparison.Ordinal);
        Assert.Contains("class=\"article-body\"", site.Read("_site/sources/envoy-talks/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Layouts_count_in_words_with_the_plural_helper()
    {
        using var site = TestSite.Minimal();
        site.Write("layouts/actor.sbn", "<p>{{ plural 1 \"event\" }}; {{ plural 3 \"event\" }}; {{ plural 2 \"sentence in this article\" \"sentences in this article\" }}</p>");

        Assert.True(site.Build().Succeeded);

        Assert.Contains("<p>1 event; 3 events; 2 sentences in this article</p>", site.Read("_site/actors/special-envoy/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misused_plural_helper_is_a_diagnostic_not_a_crash()
    {
        using var site = TestSite.Minimal();
        site.Write("layouts/actor.sbn", "<h1>{{ name }}</h1>\n<p>{{ plural name }}</p>");

        // `check` finds it, at its line, without rendering a page.
        var error = site.SingleError();

        Assert.Equal(new SourceLocation("layouts/actor.sbn", 2), error.Location);
        Assert.Contains("`plural` given 1 argument: write {{ plural count \"event\" }}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_template_is_a_diagnostic_not_a_crash()
    {
        using var site = TestSite.Minimal();
        site.Write("layouts/event.sbn", "{{ if title }}never closed");

        var error = site.SingleError();

        Assert.Equal("layouts/event.sbn", error.Location.File);
        Assert.StartsWith("template error:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_naming_a_missing_partial_fails_the_build_with_a_diagnostic()
    {
        using var site = TestSite.Minimal();
        site.Write("layouts/actor.sbn", "<h1>{{ name }}</h1>\n\n{{ include \"no-such-partial\" }}");

        Assert.Equal(new SourceLocation("layouts/actor.sbn", 3), site.SingleError().Location);
        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("template error: no partial `no-such-partial`", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Pretty_urls_link_to_folders_and_still_resolve()
    {
        using var site = TestSite.Minimal();

        Assert.True(site.Build(pretty: true).Succeeded);

        var home = Parser.ParseDocument(site.Read("_site/index.html"));
        Assert.Contains(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "actors/special-envoy/");
        Assert.DoesNotContain(home.QuerySelectorAll("a"), a => a.GetAttribute("href")!.EndsWith("index.html", StringComparison.Ordinal));
        Assert.Empty(new SiteLinkChecker(site.Output).BrokenLinks());
    }

    [Fact]
    public void The_404_page_links_from_the_site_root()
    {
        using var site = TestSite.Minimal();
        site.Write("content/book.yml", "title: Test book\nbase_url: https://example.org/book/\n");

        Assert.True(site.Build().Succeeded);

        var doc = Parser.ParseDocument(site.Read("_site/404.html"));
        Assert.Equal("/book/assets/style.css", doc.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Contains(doc.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/book/");
        var home = Parser.ParseDocument(site.Read("_site/index.html"));
        Assert.Equal("https://example.org/book/", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_seed_added_without_an_entry_appears_in_the_book_json()
    {
        using var site = TestSite.Minimal();
        site.Write("seeds/zz-new.txt", TestSite.SeedText);

        Assert.True(site.Build().Succeeded);

        var json = site.Read("_site/data/book.json");
        Assert.Contains("\"id\": \"zz-new\"", json, StringComparison.Ordinal);
        Assert.Contains("\"has_entry\": false", json, StringComparison.Ordinal);
    }
}
