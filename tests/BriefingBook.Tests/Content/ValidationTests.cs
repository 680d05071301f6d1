using BriefingBook.Diagnostics;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Content;

/// <summary>One broken fixture per kind of content error: each must name the file, the line and the problem.</summary>
public sealed class ValidationTests
{
    [Fact]
    public void The_minimal_fixture_is_valid()
    {
        using var site = TestSite.Minimal();

        var result = site.Check();

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_line()
    {
        using var site = TestSite.Minimal();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: person\naliases: [envoy\n---\n");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/actors/special-envoy.md", 4), error.Location);
        Assert.StartsWith("malformed YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_mapping_error_points_at_the_bad_line()
    {
        using var site = TestSite.Minimal();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: person: state\n---\n");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/actors/special-envoy.md", 3), error.Location);
        Assert.StartsWith("malformed YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_given_twice_is_malformed()
    {
        using var site = TestSite.Minimal();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: person\nname: Envoy\n---\n");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/actors/special-envoy.md", 4), error.Location);
        Assert.Equal("malformed YAML: the field `name` appears twice", error.Message);
    }

    [Fact]
    public void Unknown_field_suggests_the_closest_known_one()
    {
        using var site = TestSite.Minimal();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: person\nalias: [envoy]\n---\n");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/actors/special-envoy.md", 4), error.Location);
        Assert.Equal("unknown field `alias`; did you mean `aliases`?", error.Message);
    }

    [Fact]
    public void Missing_required_field_is_named()
    {
        using var site = TestSite.Minimal();
        site.Write("content/sources/envoy-talks.md", "---\nseed: envoy.txt\npublished: 2025-04-21\n---\n");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/sources/envoy-talks.md", 2), error.Location);
        Assert.Equal("missing required field `headline`", error.Message);
    }

    [Fact]
    public void Missing_field_inside_a_report_points_at_the_report()
    {
        using var site = TestSite.Minimal();
        site.Write("content/events/envoy-meets-minister.md", """
            ---
            title: The envoy meets the minister
            date: 2025-04-21
            actors: [special-envoy]
            reports:
              - source: envoy-talks
            ---
            """);

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/events/envoy-meets-minister.md", 6), error.Location);
        Assert.Equal("missing required field `quote`", error.Message);
    }

    [Fact]
    public void Unknown_actor_suggests_the_closest_id()
    {
        using var site = TestSite.Minimal();
        site.WriteEvent(actors: "[special-envoy, special-envy]");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/events/envoy-meets-minister.md", 4), error.Location);
        Assert.Equal("unknown actor `special-envy`; did you mean `special-envoy`?", error.Message);
    }

    [Fact]
    public void Unknown_source_in_a_report_is_reported_at_its_line()
    {
        using var site = TestSite.Minimal();
        site.WriteEvent(source: "envoy-talk");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/events/envoy-meets-minister.md", 6), error.Location);
        Assert.Equal("unknown source `envoy-talk`; did you mean `envoy-talks`?", error.Message);
    }

    [Fact]
    public void Unknown_related_event_is_reported()
    {
        using var site = TestSite.Minimal();
        site.WriteEvent(id: "second-meeting", quote: "agreed to meet again", extra: "related: [envoy-meets-ministr]\n");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/events/second-meeting.md", 5), error.Location);
        Assert.Equal("unknown event `envoy-meets-ministr`; did you mean `envoy-meets-minister`?", error.Message);
    }

    [Fact]
    public void Duplicate_id_in_a_subfolder_is_reported_against_the_second_file()
    {
        using var site = TestSite.Minimal();
        site.Write("content/actors/people/special-envoy.md", "---\nname: Another Envoy\nkind: person\n---\n");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/actors/special-envoy.md", 1), error.Location);
        Assert.Equal("duplicate id `special-envoy`: already defined by content/actors/people/special-envoy.md", error.Message);
    }

    [Fact]
    public void Id_that_is_not_a_slug_is_reported_with_a_suggestion()
    {
        using var site = TestSite.Minimal();
        site.Write("content/actors/Special Envoy.md", "---\nname: Another Envoy\nkind: person\n---\n");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/actors/Special Envoy.md", 1), error.Location);
        Assert.Contains("such as `special-envoy`", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-02-30", "invalid date in `date`: `2025-02-30` is not a real day: February 2025 has 28 days")]
    [InlineData("2025-13", "invalid date in `date`: `2025-13` has no month 13")]
    [InlineData("21 April 2025", "invalid date in `date`: `21 April 2025` is not a date; write YYYY")]
    public void Invalid_or_impossible_date_is_reported_at_its_line(string date, string message)
    {
        using var site = TestSite.Minimal();
        site.WriteEvent(date: date);

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/events/envoy-meets-minister.md", 3), error.Location);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_kind_lists_the_choices()
    {
        using var site = TestSite.Minimal();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: persn\n---\n");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/actors/special-envoy.md", 3), error.Location);
        Assert.Equal("`kind` must be one of person, state, organisation, group, not `persn`; did you mean `person`?", error.Message);
    }

    [Fact]
    public void Missing_seed_file_suggests_the_closest_seed()
    {
        using var site = TestSite.Minimal();
        site.Write("content/sources/envoy-talks.md", "---\nseed: envoi.txt\nheadline: Envoys meet\npublished: 2025-04-21\n---\n");

        var diagnostics = site.Check().Diagnostics;

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error && d.Location.File == "content/sources/envoy-talks.md");
        Assert.Equal(2, error.Location.Line);
        Assert.Equal("seed file `seeds/envoi.txt` does not exist; did you mean `envoy.txt`?", error.Message);
    }

    [Theory]
    [InlineData("published: 2025-04", 4)]
    [InlineData("published: 2025-04-21\napproximate: true", 4)]
    public void A_vague_or_inferred_publication_date_needs_a_dating_note(string published, int line)
    {
        using var site = TestSite.Minimal();
        site.Write("content/sources/envoy-talks.md", $"---\nseed: envoy.txt\nheadline: Envoys meet\n{published}\n---\n");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/sources/envoy-talks.md", line), error.Location);
        Assert.StartsWith("`dating` is required when `published` is approximate or not a full day", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_entries_for_one_seed_are_an_error_at_the_second()
    {
        using var site = TestSite.Minimal();
        site.Write("content/sources/envoy-talks-again.md", "---\nseed: envoy.txt\nheadline: Envoys meet again\npublished: 2025-04-21\n---\n");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/sources/envoy-talks-again.md", 2), error.Location);
        Assert.Equal("seed `envoy.txt` is already described by content/sources/envoy-talks.md: one source entry per seed", error.Message);
    }

    [Fact]
    public void Self_references_are_errors()
    {
        using var site = TestSite.Minimal();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: person\naffiliations: [special-envoy]\n---\n");
        site.WriteEvent(extra: "related: [envoy-meets-minister]\n");

        var errors = site.Check().Diagnostics.Select(d => d.ToString()).ToArray();

        Assert.Equal(
            ["content/actors/special-envoy.md:4: error BB0105: `special-envoy` cannot be affiliated with itself",
             "content/events/envoy-meets-minister.md:5: error BB0106: `envoy-meets-minister` cannot be related to itself"],
            errors);
    }

    [Fact]
    public void Ambiguous_names_and_repeated_actors_are_warnings()
    {
        using var site = TestSite.Minimal();
        site.Write("content/actors/kabul-government.md", "---\nname: Kabul Government\nkind: organisation\naliases: [Envoy]\n---\n");
        site.WriteEvent(actors: "[special-envoy, special-envoy]");

        var result = site.Check();

        Assert.True(result.Succeeded);
        Assert.Equal(
            ["content/actors/special-envoy.md:1: warning BB0108: the name `envoy` is used by both `kabul-government` and `special-envoy`; mentions of it go to `kabul-government`",
             "content/events/envoy-meets-minister.md:4: warning BB0107: actor `special-envoy` is listed twice"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Quote_not_in_the_seed_shows_the_closest_passage()
    {
        using var site = TestSite.Minimal();
        site.WriteEvent(quote: "The special envoy met the foreign minister in Kabul");

        var error = site.SingleError();

        Assert.Equal(new SourceLocation("content/events/envoy-meets-minister.md", 7), error.Location);
        Assert.StartsWith("quote not found in `seeds/envoy.txt` (source `envoy-talks`); closest passage: \"The special envoy met the acting foreign minister", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Closest_passage_is_a_whole_sentence_as_the_mention_scan_splits_them()
    {
        // "U.S." does not end a sentence: the hint is the whole sentence, with its full stop, not "envoy met ...".
        using var site = TestSite.Minimal();
        site.Write("seeds/envoy.txt", TestSite.SeedText.Replace("The special envoy met", "The U.S. envoy met", StringComparison.Ordinal));
        site.WriteEvent(quote: "The US envoy met the foreign minister in Kabul");

        var error = site.SingleError();

        Assert.Equal(
            "quote not found in `seeds/envoy.txt` (source `envoy-talks`); closest passage: \"The U.S. envoy met the acting foreign minister in Kabul on Monday, officials said in a statement.\"",
            error.Message);
    }

    [Fact]
    public void Quote_from_page_boilerplate_is_refused_with_the_reason()
    {
        using var site = TestSite.Minimal();
        site.WriteEvent(quote: "Another story about something else entirely");

        var error = site.SingleError();

        Assert.Equal(7, error.Location.Line);
        Assert.Contains("outside the article body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_override_that_matches_no_line_is_reported_at_the_field()
    {
        using var site = TestSite.Minimal();
        site.Write("content/sources/envoy-talks.md", "---\nseed: envoy.txt\nheadline: Envoys meet\npublished: 2025-04-21\nbody_first: The envoy arrived\n---\n");

        var errors = site.Check().Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();

        var error = Assert.Single(errors, e => e.Location.File == "content/sources/envoy-talks.md");
        Assert.Equal(5, error.Location.Line);
        Assert.Equal("`body_first` matches no line of the seed: no line starts with \"The envoy arrived\"", error.Message);
    }

    [Fact]
    public void Body_override_moves_the_article_body()
    {
        using var site = TestSite.Minimal();
        site.Write("content/sources/envoy-talks.md", "---\nseed: envoy.txt\nheadline: Envoys meet\npublished: 2025-04-21\nbody_first: Envoys meet in Kabul\nbody_last: Both sides\n---\n");

        Assert.True(site.Build().Succeeded);

        var source = site.Check().Book!.SourcesById["envoy-talks"];
        Assert.Equal(3, source.Body.FirstLine);
        Assert.Equal(9, source.Body.LastLine);
        Assert.Equal(3, source.Body.Paragraphs.Count);
    }

    [Fact]
    public void Seed_without_a_source_entry_is_a_warning_and_still_gets_a_page()
    {
        using var site = TestSite.Minimal();
        site.Write("seeds/new-article.txt", "Breaking story headline here today\n\n" + TestSite.SeedText[TestSite.SeedText.IndexOf("The special", StringComparison.Ordinal)..]);

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("seeds/new-article.txt", 1), warning.Location);
        Assert.Contains("seed has no source entry: add `content/sources/new-article.md`", warning.Message, StringComparison.Ordinal);
        Assert.Contains("<h1>Breaking story headline here today</h1>", site.Read("_site/sources/new-article/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Undescribed_seeds_whose_names_slugify_alike_get_distinct_pages()
    {
        using var site = TestSite.Minimal();
        site.Write("seeds/new article.txt", TestSite.SeedText);
        site.Write("seeds/new-article.txt", TestSite.SeedText);
        site.Write("seeds/envoy talks.txt", TestSite.SeedText);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["envoy-talks", "envoy-talks-2", "new-article", "new-article-2"], result.Book!.Content.Sources.Select(s => s.Id));
        Assert.Equal("envoy talks.txt", result.Book.SourcesById["envoy-talks-2"].Seed.FileName);
        Assert.True(File.Exists(Path.Combine(site.Output, "sources", "new-article-2", "index.html")));
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run_in_file_order()
    {
        using var site = TestSite.Minimal();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: persn\nalias: x\n---\n");
        site.WriteEvent(date: "2025-02-30", actors: "[nobody]", quote: "not there");

        var errors = site.Check().Diagnostics.Select(d => d.ToString()).ToArray();

        Assert.Equal(5, errors.Length);
        Assert.StartsWith("content/actors/special-envoy.md:3: error BB0220: `kind` must be one of", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("content/actors/special-envoy.md:4: error BB0207: unknown field `alias`", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("content/events/envoy-meets-minister.md:3: error BB0216: invalid date", errors[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched()
    {
        using var site = TestSite.Minimal();
        Assert.True(site.Build().Succeeded);
        var before = site.Read("_site/index.html");
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: nobody\n---\n");
        site.Write("content/book.yml", "title: A new title\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(before, site.Read("_site/index.html"));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site*"));
    }
}
