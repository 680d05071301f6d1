using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingBook.Content;
using BriefingBook.Rendering;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Reliability;

/// <summary>
/// Escaping that cannot be bypassed: a book whose every field and seed carries script payloads builds, and
/// no page of it holds a script element, an event-handler attribute or a dangerous URL, on any page kind.
/// </summary>
public sealed partial class EscapingTests
{
    private const string Payload = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>javascript:alert(3)";

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>Two articles sharing a paragraph that carries the payload with a changed date (a duplicate with a possible conflict), and every field a payload.</summary>
    private static TestSite HostileBook()
    {
        var site = new TestSite();
        var p = Yaml(Payload);
        site.Write("content/book.yml", $"title: {p}\nsubtitle: {p}\ndescription: {p}\n");
        var shared = $"The envoy {Payload} said on 3 March 2024 that the two governments would sign the trade and transit agreement in Kabul before the summer.";
        site.Write("seeds/first.txt", $"Outlet {Payload}\n\n{shared}\n\nA second paragraph of the first article tells readers more about the talks {Payload} and what followed them.\n");
        site.Write("seeds/second.txt", $"Another outlet\n\n{shared.Replace("3 March", "4 March", StringComparison.Ordinal)}\n\nThe second article goes on with its own words about something else entirely, with many words here.\n");
        site.Write("content/sources/first.md", $"---\nseed: first.txt\nheadline: {p}\noutlet: {p}\nvia: {p}\nauthor: {p}\npublished: 2024-03-05\nurl: https://example.org/a?q=\"><script>alert(4)</script>\n---\n{Payload}\n");
        // An HTML scrape whose article carries live markup: extracted as text, shown raw only escaped.
        site.Write("seeds/third.html", $"<html><head><title>T</title><script>alert(5)</script></head><body><article><h1>Talks</h1><p>The envoy met the minister in Kabul on Monday and said <b onmouseover=alert(6)>{System.Net.WebUtility.HtmlEncode(Payload)}</b> to the reporters who waited outside.</p><p>Both sides agreed <img src=x onerror=alert(7)> to meet again before the end of the year, officials said in a statement.</p><p><a href=\"javascript:alert(8)\">More</a> on the talks came later that week from the ministry in a long statement.</p></article></body></html>\n");
        site.Write("content/sources/second.md", $"---\nseed: second.txt\nheadline: {Yaml(Payload + " 2")}\noutlet: {p}\npublished: 2024-03-06\n---\n");
        site.Write("content/actors/envoy.md", $"---\nname: {p}\nkind: person\naliases: [envoy, {p}]\nroles:\n  - title: {p}\n    of: kabul\n---\n{Payload}\n");
        site.Write("content/actors/kabul.md", $"---\nname: {Yaml("Kabul " + Payload)}\nkind: organisation\n---\n");
        site.Write("content/events/signing.md", $"""
            ---
            title: {p}
            date: 2024-03
            place: {p}
            actors: [envoy, kabul]
            reports:
              - source: first
                quote: {Yaml(shared)}
                place: {p}
                note: {p}
              - source: second
                quote: {Yaml(shared.Replace("3 March", "4 March", StringComparison.Ordinal))}
            ---
            {Payload}
            """);
        site.Write("content/notes/dates-differ.md", $"""
            ---
            kind: conflict
            title: {p}
            events: [signing]
            claims:
              - source: first
                quote: "said on 3 March 2024"
                says: {p}
              - source: second
                quote: "said on 4 March 2024"
                says: {p}
            ---
            {Payload}
            """);
        return site;
    }

    [Fact]
    public void A_book_full_of_payloads_publishes_no_script_anywhere()
    {
        using var site = HostileBook();

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        var parser = new HtmlParser();
        var kinds = new HashSet<string>();
        foreach (var file in pages)
        {
            var html = File.ReadAllText(file);
            var document = parser.ParseDocument(html);
            var page = Path.GetRelativePath(site.Output, file);
            kinds.Add(page.Split('/')[0]);
            Assert.True(document.QuerySelectorAll("iframe, object, embed, base").Length == 0, $"{page} holds a script-capable element");
            // The base layout's two scripts and nothing else: the JSON-LD data block (never run; the payloads in it
            // are JSON text) and the search box's loader.
            var scripts = document.QuerySelectorAll("script");
            Assert.True(scripts.Length == 2 && scripts[0].GetAttribute("type") == "application/ld+json" && scripts[0].Attributes.Length == 1
                && scripts[1].GetAttribute("src")!.EndsWith("assets/search.js", StringComparison.Ordinal) && scripts[1].TextContent.Length == 0,
                $"{page} holds a script other than the JSON-LD block and the search loader");
            using (System.Text.Json.JsonDocument.Parse(scripts[0].TextContent)) { }
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{page}: <{element.LocalName} {attribute.Name}>");
                    if (attribute.Name is "href" or "src" or "action")
                        Assert.True(LinkPolicy.IsAllowed(attribute.Value), $"{page}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }

            Assert.DoesNotMatch(RawPayload(), BaseScripts().Replace(html, ""));
        }

        // Every page kind was looked at, and the payload reached them as text (so the test is not vacuous).
        Assert.Superset(new HashSet<string> { "index.html", "actors", "events", "sources", "chronology", "notes", "404.html" }, kinds);
        var notes = parser.ParseDocument(site.Read("_site/notes/index.html"));
        Assert.Contains("<script>alert(1)</script>", notes.Body!.TextContent, StringComparison.Ordinal);
        var source = parser.ParseDocument(site.Read("_site/sources/first/index.html"));
        Assert.Contains("onerror=alert(2)", source.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(source.QuerySelectorAll(".copy"));
        var third = site.Read("_site/sources/third/index.html");
        Assert.Contains("&lt;script&gt;alert(5)&lt;/script&gt;", third, StringComparison.Ordinal); // the raw scrape, escaped
        Assert.Contains("The envoy met the minister in Kabul", parser.ParseDocument(third).Body!.TextContent, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script|<img src=x", RegexOptions.IgnoreCase)]
    private static partial Regex RawPayload();

    /// <summary>The base layout's two scripts, in the one form the page scanner allows each.</summary>
    [GeneratedRegex("""<script type="application/ld\+json">[^<]*</script>|<script src="[./]*assets/search\.js" defer></script>""")]
    private static partial Regex BaseScripts();

    [Theory]
    [InlineData("<h1>{{ name }}</h1>")]
    [InlineData("<h1>{{ \"<b>\" + name + \"</b>\" }}</h1>")]
    [InlineData("<h1>{{ name | string.replace \"x\" \"y\" }}</h1>")]
    [InlineData("<h1>{{ x = name }}{{ x }}</h1>")]
    [InlineData("<div>\n    {{ include \"shout\" }}\n</div>")]
    [InlineData("<h1>{{ [name, kind] | array.join \" \" }}</h1>")]
    public void Whatever_a_layout_does_a_value_from_front_matter_is_written_escaped(string layout)
    {
        using var site = TestSite.Minimal();
        site.Write("layouts/partials/shout.sbn", "<b>{{ name }}</b>\n<i>{{ name }}</i>");
        site.Write("layouts/actor.sbn", layout);
        site.Write("content/actors/special-envoy.md", "---\nname: \"<script>alert(1)</script>\"\nkind: person\n---\n");

        Assert.True(site.Build().Succeeded);

        var page = site.Read("_site/actors/special-envoy/index.html");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_that_writes_script_fails_the_build_and_publishes_nothing()
    {
        using var site = Hostile.BuiltBook();
        site.Write("layouts/actor.sbn", "<h1>{{ name }}</h1>\n<a href=\"#\" onclick=\"steal()\">x</a>");

        Hostile.BuildReports(site, "layouts/actor.sbn:1: error BB0505: template error while rendering `actors/");
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "link to `javascript:alert(1)`")]
    [InlineData("[click](JaVaScRiPt&#58;alert(1))", "link to `JaVaScRiPt:alert(1)`")]
    [InlineData("<javascript:alert(1)>", "link to `javascript:alert(1)`")]
    [InlineData("![pic](data:image/svg+xml;base64,PHN2Zz4=)", "image to `data:image/svg+xml;base64,PHN2Zz4=`")]
    [InlineData("[x][ref]\n\n[ref]: vbscript:msgbox", "link to `vbscript:msgbox`")]
    public void Dangerous_links_in_editors_markdown_are_errors_at_their_line(string markdown, string what)
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: person\n---\n\nSome profile.\n" + markdown + "\n");

        Hostile.BuildReports(site, $"content/actors/special-envoy.md:7: error BB0601: {what}: only http, https, mailto and relative links are allowed");
    }

    [Fact]
    public void A_dangerous_link_in_a_report_note_is_an_error_at_its_line()
    {
        using var site = Hostile.BuiltBook();
        site.WriteEvent(extra: "", quote: "The special envoy met the acting foreign minister in Kabul\"\n    note: \"see [this](javascript:alert(1))");

        Hostile.BuildReports(site, "content/events/envoy-meets-minister.md:8: error BB0601: link to `javascript:alert(1)`");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("/relative/path")]
    public void A_source_url_must_be_a_web_address(string url)
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/sources/envoy-talks.md", $"---\nseed: envoy.txt\nheadline: Envoys meet in Kabul\npublished: 2025-04-21\nurl: \"{url}\"\n---\n");

        Hostile.BuildReports(site, $"content/sources/envoy-talks.md:5: error BB0213: `url` must be an http:// or https:// address, not `{url}`");
    }

    [Theory]
    [InlineData("[a](javascript:alert(1))")]
    [InlineData("[a](java\tscript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![a](data:text/html,x)")]
    public void The_renderer_drops_dangerous_links_even_when_validation_is_bypassed(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.Null(ScriptFreeHtml.FindScript(html));
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<p>fine <a href=\"/x\">x</a> <a href=\"https://e.org\">y</a> <a href=\"mailto:a@b.c\">z</a></p>", null)]
    [InlineData("<p><script>alert(1)</script></p>", "a <script> element")]
    [InlineData("<p><SCRIPT src=x></SCRIPT></p>", "a <script> element")]
    [InlineData("<img src=x onerror=alert(1)>", "an event-handler attribute `onerror` on <img>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>", "a `javascript:` URL in the `href` of <a>")]
    [InlineData("<a href=' java\nscript:alert(1)'>x</a>", "a `javascript:` URL in the `href` of <a>")]
    [InlineData("<meta http-equiv=refresh content=\"0;url=https://e.org\">", "a <meta http-equiv=\"refresh\">")]
    [InlineData("<!-- <script> in a comment --><p>ok</p>", null)]
    [InlineData("<p>text with onclick=alert(1) in it</p>", null)]
    public void The_page_scanner_finds_what_could_run_script(string html, string? found)
    {
        Assert.Equal(found, ScriptFreeHtml.FindScript(html));
    }

    [Fact]
    public void The_base_layout_carries_the_same_script_policy_as_the_netlify_header()
    {
        var toml = File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml"));
        var header = Regex.Match(toml, "Content-Security-Policy = \"([^\"]+)\"").Groups[1].Value;
        var layout = File.ReadAllText(Path.Combine(RepoPaths.DefaultTheme, "layouts", "base.sbn"));
        var meta = Regex.Match(layout, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").Groups[1].Value;

        static Dictionary<string, string> Directives(string policy) => policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.Ordinal);
        var fromHeader = Directives(header);
        // frame-ancestors is ignored in a <meta> policy (browsers warn), so only the header carries it.
        fromHeader.Remove("frame-ancestors");
        Assert.NotEmpty(meta);
        Assert.Equal(fromHeader.OrderBy(d => d.Key).ToList(), Directives(meta).OrderBy(d => d.Key).ToList());
        // The search box: same-site script and Pagefind's WebAssembly, nothing inline, no eval.
        Assert.Equal("script-src 'self' 'wasm-unsafe-eval'", fromHeader["script-src"]);
    }
}
