using BriefingBook.Rendering.Templates;
using BriefingBook.Rendering.Views;
using BriefingBook.Tests.Support;
using HandlebarsDotNet;

namespace BriefingBook.Tests.Reliability;

/// <summary>
/// A template that names a value its page's view model does not have is an error at the template's line, in
/// `check` (which renders nothing) and in `build`, instead of an empty string on the page.
/// </summary>
public sealed class TemplateValueTests
{
    private static string[] Errors(TestSite site) =>
        [.. site.Check().Diagnostics.Where(d => d.Severity == BriefingBook.Diagnostics.Severity.Error).Select(d => d.ToString())];

    [Fact]
    public void A_misspelt_value_in_a_project_layout_fails_check_at_its_line()
    {
        using var site = Hostile.BuiltBook();
        site.Write("layouts/actor.hbs", "<header>\n  <p>{{kind}}</p>\n  <h1>{{nmae}}</h1>\n</header>\n");

        Hostile.Fails(site, 1, "layouts/actor.hbs:3: error BB0503: template error: unknown value `nmae` in layout `actor`: ActorView has no `nmae`; did you mean `name`?", "check");
    }

    [Fact]
    public void A_misspelt_value_fails_build_and_leaves_the_site_as_it_was()
    {
        using var site = Hostile.BuiltBook();
        site.Write("layouts/event.hbs", "<h1>{{title}}</h1>\n{{#each reprts}}x{{/each}}\n");

        Hostile.Fails(site, 1, "layouts/event.hbs:2: error BB0503: template error: unknown value `reprts` in layout `event`: EventView has no `reprts`; did you mean `reports`?", "build");
    }

    [Theory]
    [InlineData("{{author.nmae}}", "unknown value `author.nmae` in layout `source`: `author` is text, which has no `nmae`")]
    [InlineData("{{source.titel}}", "unknown value `source.titel` in layout `source`: `source` has no `titel`; did you mean `title`?")]
    [InlineData("{{#each events}}{{ev.titel}}{{/each}}", "unknown value `ev.titel` in an item of `events` in layout `source`: `ev` has no `titel`; did you mean `title`?")]
    [InlineData("{{#each events}}{{#each quotes}}{{../conflictng}}{{/each}}{{/each}}", "unknown value `../conflictng` in an item of `quotes` in an item of `events` in layout `source`: `..` has no `conflictng`; did you mean `conflicting`?")]
    [InlineData("{{#each actors}}{{../../name}}{{/each}}", "`../../name` climbs above the page's model in an item of `actors` in layout `source`")]
    [InlineData("{{#each seed}}x{{/each}}", "`seed` in layout `source` is text, not a list: `{{#each}}` needs a list")]
    [InlineData("{{@index}}", "`@index` in layout `source` is only set inside `{{#each}}`")]
    [InlineData("{{#with notes}}{{#each copies}}{{#each edited}}{{here.labl}}{{/each}}{{/each}}{{/with}}", "`here` has no `labl`; did you mean `label`?")]
    [InlineData("{{#each actors}}{{else}}{{href}}{{/each}}", "unknown value `href` in layout `source`: SourceView has no `href`")]
    public void Values_are_resolved_in_the_context_each_block_gives(string body, string message)
    {
        using var site = TestSite.Minimal();
        site.Write("layouts/source.hbs", "<h1>{{source.title}}</h1>\n" + body + "\n");

        var errors = Errors(site);

        Assert.True(errors.Length == 1, string.Join("\n", errors));
        Assert.StartsWith("layouts/source.hbs:2: error BB0503: template error: ", errors[0], StringComparison.Ordinal);
        Assert.Contains(message, errors[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{#each events}}{{#each quotes}}{{text}}{{../ev.title}}{{../../source.title}}{{@index}}{{#if @first}}{{this.href}}{{/if}}{{/each}}{{/each}}")]
    [InlineData("{{#each actors}}{{#unless @last}}{{name}}{{/unless}}{{#if href}}{{../seed}}{{/if}}{{/each}}")]
    [InlineData("{{#with source}}{{title}}{{#with published}}{{text}}{{../title}}{{/with}}{{/with}}{{#each events as |e i|}}{{e.ev.title}}{{i}}{{/each}}")]
    [InlineData("{{#each actors}}{{else}}{{seed}}{{/each}}{{#if url}}{{url}}{{else if dating}}{{dating}}{{/if}}{{@root.seed}}{{plural paragraphs \"paragraph\"}}")]
    [InlineData("{{> source-notes notes}}{{#with source}}{{> source-meta}}{{/with}}{{#each events}}{{> date ev.date}}{{/each}}")]
    public void Values_the_model_has_pass_in_every_context(string body)
    {
        using var site = TestSite.Minimal();
        site.Write("layouts/source.hbs", "<h1>{{source.title}}</h1>\n" + body + "\n");

        Assert.Empty(Errors(site));
    }

    [Fact]
    public void A_misspelt_value_in_a_partial_is_reported_at_the_partial_with_its_caller()
    {
        using var site = TestSite.Minimal();
        site.Write("layouts/partials/date.hbs", "{{#if this}}\n<time datetime=\"{{machin}}\">{{text}}</time>{{/if}}");

        var errors = Errors(site);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith(
            "layouts/partials/date.hbs:2: error BB0503: template error: unknown value `machin` in partial `date` (called from themes/default/", e, StringComparison.Ordinal));
        Assert.Contains("DateView has no `machin`; did you mean `machine`?", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_is_checked_in_the_context_of_each_call()
    {
        using var site = TestSite.Minimal();
        // source-meta is written for a SourceLink; called with an event it names values an event does not have.
        site.Write("layouts/event.hbs", "<h1>{{title}}</h1>\n{{#each related}}{{> source-meta}}{{/each}}\n");

        var errors = Errors(site);

        Assert.Contains(errors, e => e.StartsWith("themes/default/partials/source-meta.hbs:1: error BB0503: template error: unknown value `outlet` in partial `source-meta` (called from layouts/event.hbs:2): EventLink has no `outlet`", StringComparison.Ordinal));
    }

    [Fact]
    public void The_notes_layout_may_name_values_of_either_page_it_renders()
    {
        using var site = TestSite.Minimal();
        site.Write("layouts/notes.hbs", "{{#if family}}{{#each pairs}}{{first.title}}{{/each}}{{not_shown}}{{else}}{{counts.flags}}{{#each top_families}}{{href}}{{/each}}{{/if}}\n{{pairz}}\n");

        var errors = Errors(site);

        Assert.Equal(["layouts/notes.hbs:2: error BB0503: template error: unknown value `pairz` in layout `notes`: NotesView or CopyFamilyView has no `pairz`; did you mean `pairs`?"], errors);
    }

    [Fact]
    public void The_default_theme_and_the_real_book_pass_with_no_error()
    {
        using var site = TestSite.CopyOfRealBook();

        Assert.Empty(Errors(site));
    }

    [Fact]
    public void While_rendering_an_unknown_name_throws_but_a_null_value_and_a_path_through_it_render_empty()
    {
        var configuration = new HandlebarsConfiguration();
        configuration.ObjectDescriptorProviders.Add(new ViewDescriptors());
        var handlebars = Handlebars.Create(configuration);
        var date = new DateView("21 April 2025", "2025-04-21", false);
        var ev = new EventLink("e", "Talks", date, "e.html", Key: false, Garbled: false);
        var page = new NotFoundView("/");

        Assert.Equal("Talks 2025-04-21", handlebars.Compile("{{title}} {{date.machine}}")(ev));
        Assert.Equal("[][]", handlebars.Compile("[{{date.text}}][{{#if date}}x{{/if}}]")(ev with { Date = null }));
        var e = Assert.Throws<HandlebarsRuntimeException>(() => handlebars.Compile("{{titel}}")(ev));
        Assert.Equal("unknown value `titel` in EventLink; did you mean `title`?", e.Message);
        Assert.Throws<HandlebarsRuntimeException>(() => handlebars.Compile("{{home}}")(page));
    }
}
