using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Reliability;

/// <summary>`check` reports every template problem at the layout's real line, for every layout, without rendering a page.</summary>
public sealed class TemplateCheckTests
{
    [Theory]
    [InlineData("<h1>{{name}}</h1>\n\n{{#each a [b] c}}x{{/each}}", 3, "`#each` takes exactly one value, not 3: {{#each value}}")]
    [InlineData("<h1>{{name}}</h1>\n{{#if}}x{{/if}}", 2, "`#if` takes exactly one value, not 0: {{#if value}}")]
    [InlineData("<h1>{{name}}</h1>\n{{> no-such-partial}}", 2, "no partial `no-such-partial`")]
    [InlineData("<h1>{{name}}</h1>\n{{> footr}}", 2, "no partial `footr`; did you mean `footer`?")]
    [InlineData("<h1>{{name}}</h1>\n{{plurl count \"event\"}}", 2, "unknown helper `plurl`; did you mean `plural`?")]
    [InlineData("<h1>{{name}}</h1>\n{{plural count \"a\" \"b\" \"c\"}}", 2, "`plural` given 4 arguments: write {{plural count \"event\"}} or {{plural count \"child\" \"children\"}}")]
    [InlineData("<h1>{{name}}</h1>\n\n\n{{#if name}}never closed", 4, "`{{#if}}` is never closed: add `{{/if}}`")]
    [InlineData("<h1>{{name}}</h1>\n{{#if name}}\n{{/each}}", 3, "`{{/each}}` closes `{{#if}}` (opened at line 2); close it with `{{/if}}` first")]
    [InlineData("<h1>{{name}}</h1>\n{{/if}}", 2, "`{{/if}}` closes a block that was never opened")]
    [InlineData("<h1>{{name}}</h1>\n<p>{{name</p>\n{{x}}", 2, "`{{` is not closed by `}}`")]
    [InlineData("<h1>{{name}}</h1>\n{{#sort items}}{{/sort}}", 2, "unknown block helper `#sort`")]
    public void A_broken_layout_is_reported_by_check_at_its_line(string layout, int line, string message)
    {
        using var site = Hostile.BuiltBook();
        site.Write("layouts/actor.hbs", layout);

        Hostile.Fails(site, 1, $"layouts/actor.hbs:{line}: error BB0503: template error: {message}", "check");
    }

    [Fact]
    public void A_broken_partial_is_reported_at_its_own_file_and_line()
    {
        using var site = Hostile.BuiltBook();
        site.Write("layouts/partials/footer.hbs", "<footer>\n{{plural}}\n</footer>");

        Hostile.Fails(site, 1, "layouts/partials/footer.hbs:2: error BB0503: template error: `plural` given 0 arguments", "check");
    }

    [Fact]
    public void Every_problem_in_every_layout_is_reported_in_one_run()
    {
        using var site = Hostile.BuiltBook();
        site.Write("layouts/actor.hbs", "{{> nope}}");
        site.Write("layouts/event.hbs", "x\n{{#with}}{{/with}}");

        var errors = site.Check().Diagnostics.Select(d => d.ToString()).ToList();

        Assert.Contains(errors, e => e.StartsWith("layouts/actor.hbs:1: error BB0503: template error: no partial `nope`", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("layouts/event.hbs:2: error BB0503: template error: `#with` takes exactly one value, not 0", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_theme_passes_the_checker()
    {
        using var site = TestSite.Minimal();

        Assert.Empty(site.Check().Diagnostics);
    }
}
