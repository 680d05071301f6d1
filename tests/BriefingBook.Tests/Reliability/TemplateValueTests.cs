using BriefingBook.Rendering;
using BriefingBook.Rendering.Views;
using BriefingBook.Tests.Support;

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
        site.Write("layouts/actor.sbn", "<header>\n  <p>{{ kind }}</p>\n  <h1>{{ nmae }}</h1>\n</header>\n");

        Hostile.Fails(site, 1, "layouts/actor.sbn:3: error BB0504: template error: unknown value `nmae` in layout `actor` (ActorView); did you mean `name`?", "check");
    }

    [Fact]
    public void A_misspelt_value_fails_build_and_leaves_the_site_as_it_was()
    {
        using var site = Hostile.BuiltBook();
        site.Write("layouts/event.sbn", "<h1>{{ title }}</h1>\n{{ for r in reprts }}x{{ end }}\n");

        Hostile.Fails(site, 1, "layouts/event.sbn:2: error BB0504: template error: unknown value `reprts` in layout `event` (EventView); did you mean `reports`?", "build");
    }

    [Theory]
    [InlineData("{{ author.nmae }}", "unknown value `author.nmae` in layout `source` (SourceView): `author` is text, which has no `nmae`")]
    [InlineData("{{ source.titel }}", "unknown value `source.titel` in layout `source` (SourceView): `source` is a SourceLink, which has no `titel`; did you mean `title`?")]
    [InlineData("{{ for e in events }}{{ e.ev.titel }}{{ end }}", "unknown value `e.ev.titel` in layout `source` (SourceView): `e.ev` is a EventLink, which has no `titel`; did you mean `title`?")]
    [InlineData("{{ for e in events }}{{ for q in e.quotes }}{{ e.confirmd_by }}{{ end }}{{ end }}", "`e` is a SourceEventView, which has no `confirmd_by`; did you mean `confirmed_by`?")]
    [InlineData("{{ for e in events }}{{ end }}{{ e.ev }}", "unknown value `e` in layout `source` (SourceView)")]
    [InlineData("{{ for s in seed }}x{{ end }}", "`seed` in layout `source` (SourceView) is text, not a list: `for` needs a list")]
    [InlineData("{{ for.index }}", "`for.index` and the like are only set inside a `for` loop, in layout `source` (SourceView)")]
    [InlineData("{{ with notes }}{{ for c in possible }}{{ c.here.labl }}{{ end }}{{ end }}", "`c.here` is a PassageView, which has no `labl`; did you mean `label`?")]
    [InlineData("{{ include \"date\" }}", "`$1` is not set in partial `date` (included from layouts/source.sbn:2)")]
    [InlineData("{{ include \"date\" source }}", "unknown value `$1.text` in partial `date` (included from layouts/source.sbn:2): `$1` is a SourceLink, which has no `text`")]
    public void Values_are_resolved_in_the_scope_each_block_gives(string body, string message)
    {
        using var site = TestSite.Minimal();
        site.Write("layouts/source.sbn", "<h1>{{ source.title }}</h1>\n" + body + "\n");

        var errors = Errors(site);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Matches(": error BB050[34]: template error: ", e));
        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{{ for e in events }}{{ for q in e.quotes }}{{ q.text }}{{ e.ev.title }}{{ source.title }}{{ for.index }}{{ if for.first }}{{ q.href }}{{ end }}{{ end }}{{ end }}")]
    [InlineData("{{ for a in actors }}{{ if !for.last }}{{ a.name }}{{ end }}{{ if a.href }}{{ seed }}{{ end }}{{ end }}")]
    [InlineData("{{ with source }}{{ title }}{{ end }}{{ x = events.first }}{{ x.ev.title }}{{ events.size }}")]
    [InlineData("{{ if actors }}{{ else }}{{ seed }}{{ end }}{{ if url }}{{ url }}{{ else if dating }}{{ dating }}{{ end }}{{ plural paragraphs \"paragraph\" }}{{ paragraphs | plural \"paragraph\" }}")]
    [InlineData("{{ include \"source-notes\" notes }}{{ include \"source-meta\" source }}{{ for e in events }}{{ include \"date\" e.ev.date }}{{ end }}{{ seed | string.upcase }}")]
    public void Values_the_model_has_pass_in_every_scope(string body)
    {
        using var site = TestSite.Minimal();
        site.Write("layouts/source.sbn", "<h1>{{ source.title }}</h1>\n" + body + "\n");

        Assert.Empty(Errors(site));
    }

    [Fact]
    public void A_misspelt_value_in_a_partial_is_reported_at_the_partial_with_its_caller()
    {
        using var site = TestSite.Minimal();
        site.Write("layouts/partials/date.sbn", "{{ if $1 }}\n<time datetime=\"{{ $1.machin }}\">{{ $1.text }}</time>{{ end }}");

        var errors = Errors(site);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith(
            "layouts/partials/date.sbn:2: error BB0504: template error: unknown value `$1.machin` in partial `date` (included from themes/default/", e, StringComparison.Ordinal));
        Assert.Contains("`$1` is a DateView, which has no `machin`; did you mean `machine`?", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_is_checked_with_the_arguments_of_each_include()
    {
        using var site = TestSite.Minimal();
        // source-meta is written for a SourceLink; given an event it names values an event does not have.
        site.Write("layouts/event.sbn", "<h1>{{ title }}</h1>\n{{ for r in related }}{{ include \"source-meta\" r }}{{ end }}\n");

        var errors = Errors(site);

        Assert.Contains(errors, e => e.StartsWith("themes/default/partials/source-meta.sbn:", StringComparison.Ordinal)
            && e.Contains("in partial `source-meta` (included from layouts/event.sbn:2): `$1` is a EventLink, which has no", StringComparison.Ordinal));
    }

    [Fact]
    public void The_notes_layout_may_name_values_of_either_page_it_renders()
    {
        using var site = TestSite.Minimal();
        site.Write("layouts/notes.sbn", "{{ if family }}{{ for p in pairs }}{{ p.first.title }}{{ end }}{{ not_shown }}{{ else }}{{ counts.flags }}{{ for f in top_families }}{{ f.href }}{{ end }}{{ end }}\n{{ pairz }}\n");

        var errors = Errors(site);

        Assert.Equal(["layouts/notes.sbn:2: error BB0504: template error: unknown value `pairz` in layout `notes` (NotesView or CopyFamilyView); did you mean `pairs`?"], errors);
    }

    [Fact]
    public void The_default_theme_and_the_real_book_pass_with_no_error()
    {
        using var site = TestSite.CopyOfRealBook();

        Assert.Empty(Errors(site));
    }

    [Fact]
    public void While_rendering_a_member_of_a_missing_value_is_an_error_at_its_line_not_an_empty_string()
    {
        using var site = Hostile.BuiltBook();
        // The checker cannot know that no event has a previous one; rendering finds out, at the line.
        site.Write("layouts/event.sbn", "<h1>{{ title }}</h1>\n{{ if true }}\n{{ previous.title }}{{ end }}\n");

        Hostile.Fails(site, 1, "layouts/event.sbn:3: error BB0505: template error while rendering `events/", "build");
    }
}
