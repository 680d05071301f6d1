using BriefingBook.Editing;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Editing;

/// <summary><c>check --coverage</c> on a small book whose uncovered sentences and names are known.</summary>
public sealed class CoverageTests
{
    private const string Seed =
        "Home | World | Sport\n" +
        "Envoys meet in Kabul\n" +
        "\n" +
        "The special envoy met the acting foreign minister in Kabul on Monday, officials said in a statement. Both sides discussed trade and transit.\n" +
        "\n" +
        "Advertisement\n" +
        "\n" +
        "The envoy said three rail projects were under study. Nobody gave a budget for them.\n" +
        "\n" +
        "\"We will meet again before the end of the year,\" the envoy told reporters after the talks in the city.\n" +
        "\n" +
        "Last year the ministry had refused such talks, Karim Sadiq of the Transit Bureau said, and the Kabul Government said it had no comment.\n" +
        "\n" +
        "The envoy called the talks \"useful\" and left.\n";

    [Fact]
    public void Lists_exactly_the_sentences_with_a_date_a_number_or_a_quoted_statement_that_nothing_quotes()
    {
        using var site = TestSite.Minimal();
        site.Write("seeds/envoy.txt", Seed);
        site.Write("content/notes/budget.md", """
            ---
            kind: flag
            title: No budget is given
            claims:
              - source: envoy-talks
                quote: "three rail projects were under study"
            ---
            The article names no budget.
            """);
        var check = site.Check();
        Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));

        var coverage = Assert.Single(CoverageReport.Find(check.Book!));

        // Line 4's first sentence is the event's quote and line 8's first is the note's; line 4's second and
        // line 8's second carry no date, number or quotation; "useful" is one word, not a statement.
        Assert.Equal(
            [
                "10 (quote): \"We will meet again before the end of the year,\" the envoy told reporters after the talks in the city.",
                "12 (date): Last year the ministry had refused such talks, Karim Sadiq of the Transit Bureau said, and the Kabul Government said it had no comment.",
            ],
            coverage.Sentences.Select(s => $"{s.Sentence.Line} ({string.Join(", ", s.Carries)}): {s.Sentence.Text}"));
        // "Kabul Government" is an actor and "Kabul" only ever follows "in"; the new names are the person and the bureau.
        Assert.Equal(
            ["Kabul: a place", "Karim Sadiq: no actor (person?)", "Transit Bureau: no actor (organisation?)"],
            coverage.Names.Select(n => $"{n.Name}: {n.What}"));
    }

    [Fact]
    public void The_text_is_one_compiler_style_line_per_finding()
    {
        using var site = TestSite.Minimal();
        site.Write("seeds/envoy.txt", Seed);

        var text = CoverageReport.Text(CoverageReport.Find(site.Check().Book!));

        Assert.StartsWith("coverage: 3 sentence(s) in 1 source(s)", text, StringComparison.Ordinal);
        Assert.Contains("seeds/envoy.txt:8: coverage: uncovered sentence (number) in `envoy-talks`: The envoy said three rail projects were under study.", text, StringComparison.Ordinal);
        Assert.Contains("seeds/envoy.txt:12: coverage: name “Karim Sadiq” in `envoy-talks`: no actor (person?)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_editors_page_lists_the_same_findings_and_the_readers_navigation_does_not_link_it()
    {
        using var site = TestSite.Minimal();
        site.Write("seeds/envoy.txt", Seed);

        Assert.True(site.Build().Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "editors", "coverage", "index.html"))); // readers' builds leave it out

        var result = site.Build(editorsPages: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = site.Read("_site/editors/coverage/index.html");
        Assert.Contains("The envoy said three rail projects were under study.", page, StringComparison.Ordinal);
        Assert.Contains("href=\"../../sources/envoy-talks/index.html#p3\"", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Karim Sadiq</strong>", page, StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
            Assert.DoesNotContain("editors/coverage", File.ReadAllText(file), StringComparison.Ordinal);
    }
}
