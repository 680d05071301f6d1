using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Reliability;

/// <summary>
/// Hostile and clumsy front matter: every case is one diagnostic at its line (never a crash, a stack
/// overflow or "internal error"), exit 1, and the book and its previous site untouched.
/// </summary>
public sealed class HostileContentTests
{
    [Fact]
    public void A_recursive_yaml_alias_is_an_error_not_a_stack_overflow()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: person\naliases: &a [*a]\n---\n");

        Hostile.BuildReports(site, "content/actors/special-envoy.md:4: error BB0204: the alias `*a` refers to the block it is in: a YAML alias cannot contain itself");
    }

    [Fact]
    public void A_hundred_thousand_nested_brackets_are_an_error_not_a_stack_overflow()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: person\naliases: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\n");

        Hostile.BuildReports(site, "content/actors/special-envoy.md:4: error BB0204: the YAML is nested more than 64 levels deep");
    }

    [Fact]
    public void Aliases_that_expand_exponentially_are_an_error()
    {
        using var site = Hostile.BuiltBook();
        var lines = new List<string> { "---", "name: Special Envoy", "kind: person", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i <= 8; i++) lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        lines.Add("---");
        site.Write("content/actors/special-envoy.md", string.Join("\n", lines) + "\n");

        Hostile.BuildReports(site, "content/actors/special-envoy.md:8: error BB0204: the YAML expands to more than 100,000 values (through aliases?)");
    }

    [Fact]
    public void A_second_yaml_document_in_book_yml_is_an_error()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/book.yml", "title: Test book\n---\ntitle: Another book\n");

        Hostile.BuildReports(site, "content/book.yml:2: error BB0204: a second YAML document (after `---` or `...`) is not allowed: one file holds one set of fields");
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_at_its_own_line()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\n\tkind: person\n---\n");

        Hostile.BuildReports(site, "content/actors/special-envoy.md:3: error BB0203: a tab in the indentation: YAML indents with spaces only");
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_where_it_was_left_open()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: person\naliases: [envoy, the envoy\n---\n");

        Hostile.BuildReports(site, "content/actors/special-envoy.md:4: error BB0205: malformed YAML");
    }

    [Fact]
    public void A_mapping_where_a_list_goes_is_an_error()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: person\naliases:\n  first: envoy\n---\n");

        Hostile.BuildReports(site, "content/actors/special-envoy.md:5: error BB0217: `aliases` must be a list of values (`[a, b]` or lines starting with `- `), not a block of fields");
    }

    [Fact]
    public void A_comma_list_in_a_choice_is_an_error()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: person, state\n---\n");

        Hostile.BuildReports(site, "content/actors/special-envoy.md:3: error BB0220: `kind` must be one of person, state, organisation, group, not `person, state`");
    }

    [Fact]
    public void A_number_in_a_choice_is_an_error()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: 1\n---\n");

        Hostile.BuildReports(site, "content/actors/special-envoy.md:3: error BB0220: `kind` must be one of person, state, organisation, group, not `1`");
    }

    [Theory]
    [InlineData("date: \"0000-01-01\"", "", 3, "invalid date in `date`: `0000-01-01` is year 0, which does not exist")]
    [InlineData("date: 2020..0000", "", 3, "invalid date in `date`: `0000` is year 0")]
    [InlineData("date: 0000s", "", 3, "invalid date in `date`: `0000s` is not a date")]
    [InlineData("date: 2025-04-21", "    date: \"0000-06\"\n", 8, "invalid date in `date`: `0000-06` is year 0")]
    [InlineData("date: ٢٠٢٥-٠٤-٢١", "", 3, "invalid date in `date`: `٢٠٢٥-٠٤-٢١` uses digits other than 0-9; write dates with ASCII digits, such as 2025-04-21")]
    [InlineData("date: ２０２５", "", 3, "invalid date in `date`: `２０２５` uses digits other than 0-9")]
    public void Impossible_and_foreign_digit_dates_are_errors_at_their_line(string dateLine, string reportExtra, int line, string message)
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/events/envoy-meets-minister.md",
            $"---\ntitle: The envoy meets the minister\n{dateLine}\nactors: [special-envoy]\nreports:\n  - source: envoy-talks\n    quote: \"The special envoy met the acting foreign minister in Kabul\"\n{reportExtra}---\n");

        Hostile.BuildReports(site, $"content/events/envoy-meets-minister.md:{line}: error BB0216: {message}");
    }

    [Fact]
    public void A_published_date_of_year_zero_is_an_error()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/sources/envoy-talks.md", "---\nseed: envoy.txt\nheadline: Envoys meet in Kabul\npublished: \"0000\"\n---\n");

        Hostile.BuildReports(site, "content/sources/envoy-talks.md:4: error BB0216: invalid date in `published`: `0000` is year 0");
    }

    [Fact]
    public void A_bidi_override_in_a_name_is_an_error_shown_escaped()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/actors/special-envoy.md", "---\nname: \"Special \u202EyovnE\"\nkind: person\n---\n");

        Hostile.BuildReports(site, "content/actors/special-envoy.md:2: error BB0211: `name` holds the invisible control character <U+202E>: remove it");
    }

    [Fact]
    public void A_zero_width_space_in_an_id_reference_is_shown_escaped()
    {
        using var site = Hostile.BuiltBook();
        site.WriteEvent(actors: "[\"special-\u200Benvoy\"]");

        var outcome = Hostile.BuildReports(site, "content/events/envoy-meets-minister.md:4: error BB0101: unknown actor `special-<U+200B>envoy`; did you mean `special-envoy`?");

        Assert.DoesNotContain("\u200B", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("content/events/envoy-meets-minister.md:4: warning BB0212: `actors` holds the invisible character <U+200B>", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_name_cannot_forge_a_second_line_or_a_ci_annotation()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/actors/special-envoy.md", "---\nname: Special Envoy\nkind: person\n\"x\\n::error file=README.md,line=1::forged\": 1\n---\n");

        var outcome = Hostile.BuildReports(site, "content/actors/special-envoy.md:4: error BB0207: unknown field `x<U+000A>::error file=README.md,line=1::forged`");

        Assert.DoesNotContain("\n::error", outcome.Stderr, StringComparison.Ordinal);
        Assert.All(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.False(l.StartsWith("::", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_control_character_in_a_field_is_an_error()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/actors/special-envoy.md", "---\nname: \"Special\\u0007Envoy\"\nkind: person\n---\n");

        Hostile.BuildReports(site, "content/actors/special-envoy.md:2: error BB0211: `name` holds the invisible control character <U+0007>: remove it");
    }

    [Fact]
    public void A_language_that_is_not_a_language_tag_is_an_error()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/book.yml", "title: Test book\nlanguage: \"en\\\" onload=\\\"x\"\n");

        Hostile.BuildReports(site, "content/book.yml:2: error BB0221: `language` must be a language tag such as `en` or `pt-BR`");
    }
}
