using System.Text.Json;
using AngleSharp.Html.Parser;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Outputs;

/// <summary>
/// Every page of a fixture book carries one schema.org JSON-LD block that parses, with the properties its type
/// requires; Open Graph and Twitter tags, the canonical link and <c>&lt;html lang&gt;</c> come from <c>book.yml</c>.
/// </summary>
public sealed class StructuredDataTests : IDisposable
{
    private const string Base = "https://example.org/book/";
    private readonly TestSite _site = TestSite.Minimal();

    public StructuredDataTests()
    {
        _site.Write("content/book.yml", $"title: Test book\nsubtitle: A small one\nbase_url: {Base}\nlanguage: pt-BR\n");
        _site.Write("content/sources/envoy-talks.md", "---\nseed: envoy.txt\nheadline: Envoys meet in Kabul\noutlet: Test Outlet\nauthor: A. Writer\npublished: 2025-04-21\nurl: https://news.example.com/envoys\n---\n");
        _site.Write("content/events/envoy-meets-minister.md", "---\ntitle: The envoy meets the minister\ndate: 2025-04..2025-05\ndating: the article's spring\nplace: Kabul\nactors: [special-envoy, kabul-government]\nreports:\n  - source: envoy-talks\n    quote: \"The special envoy met the acting foreign minister in Kabul\"\n---\n");
        _site.Write("content/actors/afghanistan.md", "---\nname: Afghanistan\nkind: state\n---\n");
        _site.Write("content/notes/who-met.md", "---\ntitle: Who met whom\nkind: conflict\nevents: [envoy-meets-minister]\nclaims:\n  - source: envoy-talks\n    quote: \"Both sides discussed trade\"\n  - source: envoy-talks\n    quote: \"agreed to meet again\"\n---\nThe source contradicts itself.\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_page_has_json_ld_that_parses_with_the_required_properties()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pages = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        var types = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var file in pages)
        {
            var relative = Path.GetRelativePath(_site.Output, file).Replace('\\', '/');
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            var blocks = document.QuerySelectorAll("script[type='application/ld+json']");
            Assert.True(blocks.Length == 1, $"{relative}: {blocks.Length} JSON-LD blocks");
            using var json = JsonDocument.Parse(blocks[0].TextContent);
            var root = json.RootElement.Clone();
            Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
            Assert.Equal("pt-BR", root.GetProperty("inLanguage").GetString());
            Require(relative, root, "@type", "name|headline");
            types[relative] = root;

            Assert.Equal("pt-BR", document.DocumentElement.GetAttribute("lang"));
            if (relative == "404.html") continue;
            var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.Equal(Base + (relative == "index.html" ? "" : relative[..^"index.html".Length]), canonical);
            Assert.Equal(canonical, document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
            foreach (var property in new[] { "og:title", "og:type", "og:site_name" })
                Assert.False(string.IsNullOrEmpty(document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")), $"{relative}: {property}");
            Assert.Equal("summary", document.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
            Assert.False(string.IsNullOrEmpty(document.QuerySelector("meta[name='twitter:title']")?.GetAttribute("content")));
        }

        var source = types["sources/envoy-talks/index.html"];
        Assert.Equal("NewsArticle", source.GetProperty("@type").GetString());
        Require("source", source, "headline", "author", "publisher", "datePublished", "isBasedOn", "url");
        Assert.Equal("2025-04-21", source.GetProperty("datePublished").GetString());
        Assert.Equal("https://news.example.com/envoys", source.GetProperty("isBasedOn").GetString());
        Assert.Equal("Test Outlet", source.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("Person", source.GetProperty("author").GetProperty("@type").GetString());

        var ev = types["events/envoy-meets-minister/index.html"];
        Assert.Equal("Event", ev.GetProperty("@type").GetString());
        Require("event", ev, "name", "startDate", "endDate", "location", "url");
        Assert.Equal("2025-04", ev.GetProperty("startDate").GetString());
        Assert.Equal("2025-05", ev.GetProperty("endDate").GetString());
        Assert.Equal(Base + "sources/envoy-talks/", ev.GetProperty("subjectOf")[0].GetProperty("url").GetString());

        Assert.Equal("Person", types["actors/special-envoy/index.html"].GetProperty("@type").GetString());
        Assert.Equal("Organization", types["actors/kabul-government/index.html"].GetProperty("@type").GetString());
        Assert.Equal("Country", types["actors/afghanistan/index.html"].GetProperty("@type").GetString());
        Assert.Equal("WebSite", types["index.html"].GetProperty("@type").GetString());

        var notes = types["notes/index.html"];
        Assert.Equal("CollectionPage", notes.GetProperty("@type").GetString());
        var comment = notes.GetProperty("hasPart")[0];
        Assert.Equal("Comment", comment.GetProperty("@type").GetString());
        Require("comment", comment, "name", "url", "about");
        Assert.Equal(Base + "notes/#note-who-met", comment.GetProperty("url").GetString());
        Assert.Equal("NewsArticle", comment.GetProperty("about")[0].GetProperty("@type").GetString());
    }

    [Fact]
    public void Without_a_base_url_links_are_relative_and_there_is_no_og_url()
    {
        _site.Write("content/book.yml", "title: Test book\n");
        Assert.True(_site.Build().Succeeded);
        var document = new HtmlParser().ParseDocument(_site.Read("_site/actors/special-envoy/index.html"));
        using var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("../../actors/special-envoy/index.html", json.RootElement.GetProperty("url").GetString());
        Assert.Null(document.QuerySelector("link[rel=canonical]"));
        Assert.Null(document.QuerySelector("meta[property='og:url']"));
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
    }

    /// <summary>Each name must be present and not empty; <c>a|b</c> means either.</summary>
    private static void Require(string where, JsonElement element, params string[] names)
    {
        foreach (var alternatives in names)
        {
            var found = alternatives.Split('|').Any(name => element.TryGetProperty(name, out var value)
                && value.ValueKind != JsonValueKind.Null && !(value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0));
            Assert.True(found, $"{where}: no `{alternatives}` in {element}");
        }
    }
}
