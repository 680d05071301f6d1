using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Reliability;

/// <summary>`check` reports every template problem at the layout's real line, for every layout, without rendering a page.</summary>
public sealed class TemplateCheckTests
{
    [Theory]
    [InlineData("<h1>{{ name }}</h1>\n\n{{ for x in }}x{{ end }}", 3, "")]
    [InlineData("<h1>{{ name }}</h1>\n{{ include \"no-such-partial\" }}", 2, "no partial `no-such-partial`")]
    [InlineData("<h1>{{ name }}</h1>\n{{ include \"footr\" }}", 2, "no partial `footr` (partials are the `.sbn` files in the theme's `partials/` or the book's `layouts/partials/`); did you mean `footer`?")]
    [InlineData("<h1>{{ name }}</h1>\n{{ include }}", 2, "`include` needs a partial's name as a quoted text first")]
    [InlineData("<h1>{{ name }}</h1>\n{{ plurl events.size \"event\" }}", 2, "unknown value `plurl` in layout `actor` (ActorView); did you mean `plural`?")]
    [InlineData("<h1>{{ name }}</h1>\n{{ plural 3 \"a\" \"b\" \"c\" }}", 2, "`plural` given 4 arguments: write {{ plural count \"event\" }} or {{ plural count \"child\" \"children\" }}")]
    [InlineData("<h1>{{ name }}</h1>\n{{ plural }}", 2, "`plural` given 0 arguments")]
    [InlineData("<h1>{{ name }}</h1>\n\n\n{{ if name }}never closed", 4, "")]
    [InlineData("<h1>{{ name }}</h1>\n{{ end }}", 2, "")]
    [InlineData("<h1>{{ name }}</h1>\n<p>{{ name </p>\n", 2, "")]
    [InlineData("<h1>{{ name }}</h1>\n{{#each events}}x{{/each}}", 2, "`{{#each events}}` is Handlebars; templates are Scriban now")]
    [InlineData("<h1>{{ name }}</h1>\n{{> footer}}", 2, "`{{> footer}}` is Handlebars")]
    public void A_broken_layout_is_reported_by_check_at_its_line(string layout, int line, string message)
    {
        using var site = Hostile.BuiltBook();
        site.Write("layouts/actor.sbn", layout);

        Hostile.Fails(site, 1, $"layouts/actor.sbn:{line}: error: template error: {message}", "check");
    }

    [Fact]
    public void A_broken_partial_is_reported_at_its_own_file_and_line()
    {
        using var site = Hostile.BuiltBook();
        site.Write("layouts/partials/footer.sbn", "<footer>\n{{ plural 1 }}\n</footer>");

        Hostile.Fails(site, 1, "layouts/partials/footer.sbn:2: error: template error: `plural` given 1 argument", "check");
    }

    [Fact]
    public void Every_problem_in_every_layout_is_reported_in_one_run()
    {
        using var site = Hostile.BuiltBook();
        site.Write("layouts/actor.sbn", "{{ include \"nope\" }}");
        site.Write("layouts/event.sbn", "x\n{{ for }}{{ end }}");

        var errors = site.Check().Diagnostics.Select(d => d.ToString()).ToList();

        Assert.Contains(errors, e => e.StartsWith("layouts/actor.sbn:1: error: template error: no partial `nope`", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("layouts/event.sbn:2: error: template error: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_leftover_handlebars_file_is_a_warning_not_silence()
    {
        using var site = Hostile.BuiltBook();
        site.Write("layouts/actor.hbs", "<h1>{{name}}</h1>");

        var warning = Assert.Single(site.Check().Diagnostics);
        Assert.Equal("layouts/actor.hbs:1: warning: `actor.hbs` is a Handlebars template, which BriefingBook no longer reads; rename it to `actor.sbn` and convert it to Scriban (see docs/theming.md)", warning.ToString());
    }

    [Fact]
    public void The_default_theme_passes_the_checker()
    {
        using var site = TestSite.Minimal();

        Assert.Empty(site.Check().Diagnostics);
    }
}
