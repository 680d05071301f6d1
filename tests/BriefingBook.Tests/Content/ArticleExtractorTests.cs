using BriefingBook.Content.Articles;

namespace BriefingBook.Tests.Content;

/// <summary>HTML seeds through Readability, the `extract:` override, and the offline guarantee.</summary>
public sealed class ArticleExtractorTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><title>Envoy visits Kabul | The Daily</title><link rel="stylesheet" href="https://cdn.example.net/a.css"></head>
        <body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
        <article>
        <h1>Envoy visits Kabul for talks</h1>
        <figure><img src="https://img.example.net/photo.jpg"><figcaption>The envoy at the airport. Photo: Reuters</figcaption></figure>
        <p>The envoy arrived in Kabul on Monday for two days of talks with the acting foreign minister, officials said. The visit is the first at this level since the spring.</p>
        <p>Both sides described the meeting as constructive and said they had agreed to meet again in the autumn, when a trade delegation is expected.</p>
        <h2>Trade on the agenda</h2>
        <p>Officials said the talks covered transit routes, energy supplies and the return of frozen assets, the main obstacle to closer ties.</p>
        <ul><li>Transit through Central Asia</li><li>Gas supplies for the winter</li></ul>
        <p>A spokesman said <a href="/x">further details</a> would be released after the second day of meetings.</p>
        <iframe src="https://video.example.net/embed/1"></iframe>
        </article>
        <footer><p>© 2024 The Daily. All rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void An_html_seed_keeps_paragraphs_headings_and_list_items_as_paragraphs()
    {
        var body = ArticleExtractor.Extract("envoy.html", Page);

        string[] starts = ["The envoy arrived", "Both sides", "Trade on the agenda", "Officials said", "Transit through Central Asia", "Gas supplies", "A spokesman said further details"];
        Assert.Equal(starts.Length, body.Paragraphs.Count);
        for (var i = 0; i < starts.Length; i++) Assert.StartsWith(starts[i], body.Paragraphs[i].Text, StringComparison.Ordinal);
        Assert.Equal(ParagraphKind.Heading, body.Paragraphs[2].Kind);
        Assert.DoesNotContain(body.Paragraphs, p => p.Text.Contains("Photo", StringComparison.Ordinal) || p.Text.Contains('©'));
        Assert.Equal("Envoy visits Kabul | The Daily", body.HeadlineGuess);
    }

    [Fact]
    public void Paragraph_lines_are_lines_of_the_html_file()
    {
        var body = ArticleExtractor.Extract("envoy.html", Page);
        var lines = Page.Split('\n');

        foreach (var paragraph in body.Paragraphs)
            Assert.Contains(paragraph.Text.Split(' ')[0], lines[paragraph.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_rules_reads_an_html_seed_with_the_line_rules()
    {
        var body = ArticleExtractor.Extract("envoy.html", Page, ExtractionMethod.Rules, BodyBounds.None, out var error);

        Assert.Null(error);
        Assert.StartsWith("The envoy arrived", body.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("second day of meetings.", body.Paragraphs[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Editor_bounds_apply_to_the_visible_text_of_an_html_seed()
    {
        var body = ArticleExtractor.Extract("envoy.html", Page, null, new BodyBounds("Both sides", "Officials said"), out var error);

        Assert.Null(error);
        Assert.Equal(3, body.Paragraphs.Count);
        Assert.StartsWith("Both sides", body.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_seeds_still_use_the_rules_and_readability_can_be_asked_for()
    {
        const string text = "Home\n\nThe envoy arrived in Kabul on Monday for two days of talks, officials said.\n\n" +
            "Both sides described the meeting as constructive and agreed to meet again in the autumn.\n";

        var ruled = ArticleExtractor.Extract("envoy.txt", text);
        var read = ArticleExtractor.Extract("envoy.txt", text, ExtractionMethod.Readability, BodyBounds.None, out _);

        Assert.Equal(2, ruled.Paragraphs.Count);
        Assert.Equal(ruled.PlainText, read.PlainText);
        Assert.Equal([3, 5], read.Paragraphs.Select(p => p.Line));
    }

    [Fact]
    public void Extraction_never_reaches_the_network()
    {
        ArticleExtractor.Extract("envoy.html", Page);

        Assert.Equal(0, ReadabilityExtractor.Network.Refused);
    }

    [Fact]
    public void A_page_nested_thousands_deep_is_read_by_the_line_rules()
    {
        // Readability's time explodes on deep nesting; such a page goes to the rules, which read it at once.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5000))
            + "<p>The envoy arrived in Kabul on Monday for two days of talks with the acting foreign minister, officials said.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 5000)) + "</body></html>";

        var body = ArticleExtractor.Extract("deep.html", html);

        Assert.StartsWith("The envoy arrived", Assert.Single(body.Paragraphs).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.html", true)]
    [InlineData("a.HTM", true)]
    [InlineData("a.txt", false)]
    [InlineData("a", false)]
    public void Html_seeds_are_known_by_their_extension(string name, bool html) => Assert.Equal(html, ArticleExtractor.IsHtml(name));
}
