using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Outputs;

/// <summary>
/// The Atom feeds and the sitemap of a small book with a <c>base_url</c>: well-formed, with Atom's required elements,
/// newest first; the sitemap valid against the sitemaps.org 0.9 schema, listing exactly the site's readable pages.
/// </summary>
public sealed class FeedAndSitemapTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Base = "https://example.org/book/";

    private readonly TestSite _site = TestSite.Minimal();

    public FeedAndSitemapTests()
    {
        _site.Write("content/book.yml", $"title: Test book\nsubtitle: A small one\nbase_url: {Base}\nlanguage: en-GB\n");
        // A second source and event, later and less precisely dated, and a seed with no entry (so no date).
        _site.Write("seeds/later.txt", TestSite.SeedText.Replace("Envoys meet in Kabul", "Envoys meet again", StringComparison.Ordinal));
        _site.Write("content/sources/later-talks.md", "---\nseed: later.txt\nheadline: Envoys meet again & agree <more>\noutlet: Other Wire\nauthor: A. Writer\npublished: 2025-06\ndating: the month in the byline\nurl: https://news.example.com/a?b=1&c=2\n---\n");
        _site.Write("seeds/undated.txt", TestSite.SeedText.Replace("Envoys meet in Kabul", "Envoys, undated", StringComparison.Ordinal));
        _site.WriteEvent(id: "envoy-meets-again", date: "2025-06", source: "later-talks", actors: "[kabul-government]");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_events_feed_is_atom_with_its_required_elements_newest_first()
    {
        Build();
        var feed = Load("feeds/events.xml");
        var root = feed.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        Assert.Equal("en-GB", root.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal(Base + "feeds/events.xml", root.Element(Atom + "id")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Atom + "title")?.Value));
        Assert.Equal("2025-06-01T00:00:00Z", root.Element(Atom + "updated")?.Value);
        Assert.Contains(root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == Base + "feeds/events.xml");
        Assert.NotNull(root.Element(Atom + "author")?.Element(Atom + "name"));

        var entries = root.Elements(Atom + "entry").ToList();
        Assert.Equal([Base + "events/envoy-meets-again/", Base + "events/envoy-meets-minister/"], entries.Select(e => e.Element(Atom + "id")!.Value));
        foreach (var entry in entries) AssertEntry(entry);
        Assert.StartsWith("June 2025", entries[0].Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.Equal("2025-04-21T00:00:00Z", entries[1].Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Each_actor_with_events_has_a_feed_of_its_own_and_the_sources_feed_leaves_out_undated_sources()
    {
        Build();
        var envoy = Load("feeds/actors/special-envoy.xml").Root!;
        Assert.Equal([Base + "events/envoy-meets-minister/"], envoy.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
        Assert.Contains(envoy.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate" && (string?)l.Attribute("href") == Base + "actors/special-envoy/");

        var sources = Load("feeds/sources.xml").Root!;
        var entries = sources.Elements(Atom + "entry").ToList();
        Assert.Equal([Base + "sources/later-talks/", Base + "sources/envoy-talks/"], entries.Select(e => e.Element(Atom + "id")!.Value));
        foreach (var entry in entries) AssertEntry(entry);
        Assert.Equal("Envoys meet again & agree <more>", entries[0].Element(Atom + "title")!.Value);
        Assert.Equal("A. Writer", entries[0].Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Contains(entries[0].Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "related" && (string?)l.Attribute("href") == "https://news.example.com/a?b=1&c=2");
    }

    [Fact]
    public void The_sitemap_is_valid_and_lists_every_readable_page_and_nothing_else()
    {
        Build(editorsPages: true);
        var text = _site.Read("_site/sitemap.xml");
        var schemas = new XmlSchemaSet();
        schemas.Add(Sitemaps.NamespaceName, Path.Combine(RepoPaths.Root, "tests", "BriefingBook.Tests", "Outputs", "sitemap-0.9.xsd"));
        var problems = new List<string>();
        XDocument.Parse(text).Validate(schemas, (_, e) => problems.Add(e.Message));
        Assert.Empty(problems);

        var urls = XDocument.Parse(text).Root!.Elements(Sitemaps + "url").ToDictionary(u => u.Element(Sitemaps + "loc")!.Value, u => u.Element(Sitemaps + "lastmod")?.Value);
        var pages = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Output, f).Replace('\\', '/'))
            .Where(p => p != "404.html" && !p.StartsWith("editors/", StringComparison.Ordinal))
            .Select(p => Base + (p == "index.html" ? "" : p[..^"index.html".Length]))
            .Order(StringComparer.Ordinal);
        Assert.Equal(pages, urls.Keys.Order(StringComparer.Ordinal));
        foreach (var url in urls.Keys) Assert.True(File.Exists(Path.Combine(_site.Output, url[Base.Length..], "index.html")), url);

        // lastmod: the newest day-precise date the page shows; June 2025 has no day, so the book's newest day is 21 April.
        Assert.Equal("2025-04-21", urls[Base]);
        Assert.Equal("2025-04-21", urls[Base + "sources/envoy-talks/"]);
        Assert.Null(urls[Base + "sources/undated/"]);
        Assert.Null(urls[Base + "events/envoy-meets-again/"]);
        Assert.Equal("2025-04-21", urls[Base + "actors/special-envoy/"]);

        Assert.Equal($"User-agent: *\nAllow: /\n\nSitemap: {Base}sitemap.xml\n", _site.Read("_site/robots.txt"));
    }

    [Fact]
    public void Pages_announce_the_feeds_only_when_they_exist()
    {
        Build();
        var actor = _site.Read("_site/actors/special-envoy/index.html");
        Assert.Contains("href=\"../../feeds/events.xml\"", actor, StringComparison.Ordinal);
        Assert.Contains("href=\"../../feeds/actors/special-envoy.xml\"", actor, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/book/actors/special-envoy/\">", actor, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_base_url_there_are_no_feeds_no_sitemap_and_no_feed_links()
    {
        _site.Write("content/book.yml", "title: Test book\n");
        Build();
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "feeds")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "sitemap.xml")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "robots.txt")));
        Assert.DoesNotContain("application/atom+xml", _site.Read("_site/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_give_the_same_feed_and_sitemap_bytes()
    {
        Build();
        var first = new[] { "feeds/events.xml", "feeds/sources.xml", "sitemap.xml" }.Select(f => File.ReadAllBytes(Path.Combine(_site.Output, f))).ToList();
        Build();
        var second = new[] { "feeds/events.xml", "feeds/sources.xml", "sitemap.xml" }.Select(f => File.ReadAllBytes(Path.Combine(_site.Output, f))).ToList();
        Assert.Equal(first, second);
    }

    private static void AssertEntry(XElement entry)
    {
        Assert.StartsWith(Base, entry.Element(Atom + "id")?.Value, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T00:00:00Z$", entry.Element(Atom + "updated")?.Value);
        Assert.Contains(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate" && (string?)l.Attribute("href") == entry.Element(Atom + "id")!.Value);
    }

    /// <summary>A host that knows its address (<c>build --base-url</c>, Netlify's <c>URL</c>) overrides book.yml's everywhere.</summary>
    [Fact]
    public void A_base_url_given_to_the_build_replaces_the_books_own_in_feeds_sitemap_and_canonical_links()
    {
        const string Deployed = "https://deployed.example.net/";
        var result = BookBuilder.Build(new BuildOptions(_site.Root, _site.Output, PrettyUrls: true, BaseUrl: Deployed));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var locs = Load("sitemap.xml").Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.NotEmpty(locs);
        Assert.All(locs, loc => Assert.StartsWith(Deployed, loc, StringComparison.Ordinal));
        Assert.Equal(Deployed + "feeds/events.xml", Load("feeds/events.xml").Root!.Element(Atom + "id")?.Value);
        Assert.Contains($"<link rel=\"canonical\" href=\"{Deployed}events/envoy-meets-again/\">", File.ReadAllText(Path.Combine(_site.Output, "events", "envoy-meets-again", "index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain(Base, File.ReadAllText(Path.Combine(_site.Output, "robots.txt")), StringComparison.Ordinal);
    }

    private void Build(bool editorsPages = false)
    {
        var result = _site.Build(editorsPages: editorsPages);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private XDocument Load(string path)
    {
        // XmlReader with default settings: fails on anything not well-formed (and refuses a DTD).
        using var reader = XmlReader.Create(Path.Combine(_site.Output, path));
        return XDocument.Load(reader);
    }
}
