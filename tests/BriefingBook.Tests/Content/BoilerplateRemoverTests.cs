using BriefingBook.Content.Articles;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Content;

/// <summary>The boilerplate rules on the five real seeds, and on made-up scrapes of other shapes.</summary>
public sealed class BoilerplateRemoverTests
{
    public static TheoryData<string, string, string, int> Seeds => new()
    {
        { "000_", "New Delhi [India], December 2 (ANI): Kremlin Spokesperson Dmitry Peskov on Tuesday stated",
          "aims to build pragmatic ties focused on regional stability and economic development. (ANI)", 15 },
        { "001_", "In a significant development for Afghanistan-Russia relations, Zamir Kabulov",
          "with economic cooperation at the forefront of its agenda.", 9 },
        { "002_", "The Russian President, Vladimir Putin, has emphasized the importance",
          "seeks to establish a working relationship with the current Taliban authorities in Kabul.", 8 },
        { "003_", "Timofey Boikov, Head of the Second Asian Department of the Russian Foreign Ministry",
          "Following China’s lead, Russia is now actively working to enhance its relations with the Taliban.", 7 },
        { "004_", "In an effort to establish friendly relations with Afghanistan’s Taliban authorities",
          "it intends to use Afghanistan as a gas transit hub for Southeast Asia.", 19 },
    };

    /// <summary>Lines of the seeds that are page furniture, teasers or disclaimers, never article text.</summary>
    private static readonly string[] Furniture =
    [
        "Advertisement", "Subscribe To Print Edition", "search-icon-img", "whatsapp", "fb", "tlbr_img1", "Add Tribune As Your Trusted Source",
        "This content is sourced from a syndicated feed", "Read next", "Pakistan has announced it will appoint", "Ukraine is holding off",
        "Serbia and Russia will jointly", "second round of negotiations", "What is your opinion", "Leave the first comment",
        "News Flash", "TKD MONITORING", "Published |", "By | TKD Team", "Talibanimage", "Source: TASS", "Logo", "November 18, 2024",
        "Source: Aljazeera", "Leave a Reply",
    ];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extracts_each_seed_body_from_its_first_to_its_last_sentence(string seed, string firstStart, string lastEnd, int paragraphs)
    {
        var body = BoilerplateRemover.Clean(File.ReadAllText(RepoPaths.Seed(seed)));

        Assert.StartsWith(firstStart, body.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.EndsWith(lastEnd, body.Paragraphs[^1].Text, StringComparison.Ordinal);
        Assert.Equal(paragraphs, body.Paragraphs.Count);
    }

    [Theory]
    [InlineData("000_")]
    [InlineData("001_")]
    [InlineData("002_")]
    [InlineData("003_")]
    [InlineData("004_")]
    public void Leaves_no_boilerplate_line_in_any_seed_body(string seed)
    {
        var body = BoilerplateRemover.Clean(File.ReadAllText(RepoPaths.Seed(seed)));

        foreach (var paragraph in body.Paragraphs)
        {
            foreach (var furniture in Furniture)
                Assert.DoesNotContain(furniture, paragraph.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rows_of_links_and_buttons_are_furniture_and_never_the_headline()
    {
        var body = BoilerplateRemover.Clean(
            "Home | World | South Asia | Opinion\nSign in   Register   Newsletter\n\nEnvoy visits Kabul for talks\n\n" +
            "Share on X   Share on Facebook   Copy link\n\n" +
            "The envoy arrived in Kabul on Monday for two days of talks with the acting foreign minister, officials said.\n\n" +
            "(Except for the headline, this story has not been edited by our staff.)\n");

        Assert.Equal("Envoy visits Kabul for talks", body.HeadlineGuess);
        var paragraph = Assert.Single(body.Paragraphs);
        Assert.StartsWith("The envoy arrived", paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_a_crosshead_inside_the_article_as_a_heading()
    {
        var body = BoilerplateRemover.Clean(File.ReadAllText(RepoPaths.Seed("004_")));

        var heading = Assert.Single(body.Paragraphs, p => p.Kind == ParagraphKind.Heading);
        Assert.Equal("attempting to exert influence", heading.Text);
        Assert.Equal(13, heading.Line);
    }

    [Fact]
    public void Keeps_a_long_line_without_a_full_stop_inside_the_article()
    {
        var body = BoilerplateRemover.Clean(File.ReadAllText(RepoPaths.Seed("002_")));

        Assert.Contains(body.Paragraphs, p => p.Text.EndsWith("with the Afghan Taliban", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("000_", "\"We're building up our relationship with Afghanistan\": Kremlin spokesperson Dmitry Peskov on regional cooperation")]
    [InlineData("002_", "Russia Moves to Establish “Full-Fledged” Relations with Taliban")]
    [InlineData("003_", "Moscow developing ties with the Taliban: Russian foreign ministry")]
    [InlineData("001_", null)]
    public void Guesses_the_headline_from_the_lines_above_the_body(string seed, string? headline)
    {
        Assert.Equal(headline, BoilerplateRemover.Clean(File.ReadAllText(RepoPaths.Seed(seed))).HeadlineGuess);
    }

    [Theory]
    [InlineData("002_", "TASS News Agency")]
    [InlineData("004_", "Aljazeera")]
    [InlineData("000_", null)]
    public void Keeps_the_credit_line_as_metadata(string seed, string? credit)
    {
        Assert.Equal(credit, BoilerplateRemover.Clean(File.ReadAllText(RepoPaths.Seed(seed))).Credit);
    }

    [Fact]
    public void Picks_the_article_over_a_shorter_cluster_of_teasers_without_a_stop_marker()
    {
        var raw = string.Join('\n',
            "Menu", "World", "Politics", "Business",
            "A short teaser about a different story that has a full sentence in it.",
            "10:45", "12:00", "Opinion",
            "The first paragraph of the real article is long enough to be prose, and it ends properly.",
            "The second paragraph carries on with the story at some length, as articles do.",
            "The third paragraph closes the article with a final observation about the talks.",
            "Sport", "Weather", "Contact us",
            "Another teaser with a sentence that should never be taken for the article.");

        var body = BoilerplateRemover.Clean(raw);

        Assert.Equal(3, body.Paragraphs.Count);
        Assert.StartsWith("The first paragraph", body.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("The third paragraph", body.Paragraphs[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_lines_repeated_on_the_page_even_inside_the_article()
    {
        var raw = string.Join('\n',
            "Share on social", "The first paragraph of the article is long enough to be prose, and it ends properly.",
            "Share on social", "The second paragraph carries on with the story at some length, as articles do.",
            "Share on social");

        var body = BoilerplateRemover.Clean(raw);

        Assert.Equal(2, body.Paragraphs.Count);
    }

    [Fact]
    public void Editor_bounds_override_the_rules()
    {
        var raw = File.ReadAllText(RepoPaths.Seed("000_"));

        var body = BoilerplateRemover.Clean(raw, new BodyBounds("Peskov said,", "He also commented"), out var error);

        Assert.Null(error);
        Assert.Equal(3, body.Paragraphs.Count);
        Assert.Equal(21, body.FirstLine);
        Assert.Equal(29, body.LastLine);
    }

    [Theory]
    [InlineData("No such line", null, "`body_first` matches no line")]
    [InlineData("Advertisement", null, "`body_first` matches 9 lines")]
    [InlineData("Peskov said,", "New Delhi", "`body_last` names a line before `body_first`")]
    public void Bad_editor_bounds_are_explained(string first, string? last, string message)
    {
        BoilerplateRemover.Clean(File.ReadAllText(RepoPaths.Seed("000_")), new BodyBounds(first, last), out var error);

        Assert.NotNull(error);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_no_prose_has_an_empty_body()
    {
        Assert.Empty(BoilerplateRemover.Clean("Home\nMenu\nAdvertisement\n12:30\n").Paragraphs);
    }

    [Fact]
    public void Three_short_lines_inside_the_article_do_not_cut_it()
    {
        var raw = string.Join('\n',
            "Menu", "World", "Politics",
            "The first paragraph of the article is long enough to be prose, and it ends properly.",
            "What changes", "Fares rise in May", "Routes merge in June",
            "The last paragraph comes after a short list and still belongs to the article, as readers expect.",
            "Sport", "Weather", "Contact us");

        var body = BoilerplateRemover.Clean(raw);

        Assert.StartsWith("The first paragraph", body.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("The last paragraph", body.Paragraphs[^1].Text, StringComparison.Ordinal);
        Assert.Equal(5, body.Paragraphs.Count);
    }

    [Fact]
    public void A_related_link_inside_the_article_does_not_end_it()
    {
        var raw = string.Join('\n',
            "The first paragraph of the article is long enough to be prose, and it ends properly on a full stop after a clause or two that "
                + "set out who met whom, where they met and what they said they had agreed.",
            "The second paragraph carries on with the story at some length, as articles do, before a link to an older story that the "
                + "site's editors thought readers might want to follow.",
            "Related", "A headline of another story",
            "The third paragraph continues the article after the related link with more detail about the talks, the people who took "
                + "part in them and the questions that were left for a later meeting.",
            "The fourth paragraph closes the article with a final observation about what happens next week, when the delegations "
                + "are due to meet again in the capital.",
            "Related stories", "Another headline", "Yet another headline");

        var body = BoilerplateRemover.Clean(raw);

        Assert.Equal(4, body.Paragraphs.Count);
        Assert.DoesNotContain(body.Paragraphs, p => p.Text.Contains("headline", StringComparison.Ordinal));
    }

    [Fact]
    public void A_japanese_page_has_sentences_and_a_body()
    {
        var raw = "ホーム\nニュース\n地方鉄道、観光列車を来春から運行へ\n" +
            "北部を走る地方鉄道は十四日、沿線の景色を楽しめる観光列車を来年春から運行すると発表した。\n" +
            "同社によると、沿線の人口減少で利用者はこの十年で三割ほど減った。\n関連記事\n新幹線の予約状況\n";

        var body = BoilerplateRemover.Clean(raw);

        Assert.Equal(2, body.Paragraphs.Count);
        Assert.StartsWith("北部を走る", body.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Home\nMarkets\nACME Q3 NET PROFIT 1.2 BLN VS 0.9 BLN\nAcme shares up 4 pct.\nShare this story\n", "Acme shares up 4 pct.")]
    [InlineData("Home\nNorthwind results\nRevenue 1,245 vs 1,180\nNet profit 150 vs 131\nShare this story\n", "Revenue 1,245 vs 1,180\n\nNet profit 150 vs 131")]
    public void A_brief_or_a_table_without_a_long_sentence_still_has_a_body(string raw, string expected)
    {
        Assert.Equal(expected, BoilerplateRemover.Clean(raw).PlainText);
    }

    [Fact]
    public void Rows_of_an_earnings_table_after_the_lede_belong_to_the_article()
    {
        var raw = string.Join('\n',
            "Home", "Markets", "Boothe Financial 4th qtr net",
            "SAN FRANCISCO, March 11 - Boothe Financial Corp said its fourth quarter results were as follows.",
            "Shr one ct vs 24 cts", "Net 43,000 vs 1,032,000", "Revs 10 mln vs 4.9 mln", "Avg shrs 3.7 mln vs 4.3 mln",
            "Share this story", "Related coverage");

        var body = BoilerplateRemover.Clean(raw);

        Assert.Equal(5, body.Paragraphs.Count);
        Assert.Equal("Avg shrs 3.7 mln vs 4.3 mln", body.Paragraphs[^1].Text);
    }
}
