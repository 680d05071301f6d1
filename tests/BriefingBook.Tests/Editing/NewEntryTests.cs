using System.Text.RegularExpressions;
using BriefingBook.Content;
using BriefingBook.Diagnostics;
using BriefingBook.Editing;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Editing;

/// <summary>
/// <c>briefingbook new</c>: every field the loader accepts is in the scaffold, an entry left unfilled fails at the
/// lines to fill, the same entry filled in builds with 0 errors, a seed pre-fills its source, and nothing is
/// overwritten.
/// </summary>
public sealed partial class NewEntryTests
{
    public static TheoryData<EntryKind> Kinds() => [EntryKind.Actor, EntryKind.Event, EntryKind.Source, EntryKind.Note];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_scaffold_names_every_field_the_loader_accepts_and_no_other(EntryKind kind)
    {
        var accepted = kind switch
        {
            EntryKind.Actor => Fields.Actor.Concat(Fields.Role),
            EntryKind.Event => Fields.Event.Concat(Fields.Report),
            EntryKind.Source => Fields.Source,
            _ => Fields.Note.Concat(Fields.Claim),
        };

        var named = Keys(EntryTemplates.For(kind));

        Assert.Equal(accepted.ToHashSet(), named);
    }

    [Fact]
    public void An_unfilled_entry_fails_at_its_required_fields_and_filled_in_builds_with_0_errors()
    {
        using var site = TestSite.Minimal();
        var paths = new BookPaths(site.Root);
        Assert.Null(EntryScaffold.Entry(paths, EntryKind.Actor, "new-envoy").Refusal);
        Assert.Null(EntryScaffold.Entry(paths, EntryKind.Event, "second-meeting").Refusal);
        Assert.Null(EntryScaffold.Entry(paths, EntryKind.Note, "garbled-line").Refusal);

        var unfilled = site.Check().Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Location} {d.Code.Id}").ToList();
        Assert.Contains("content/actors/new-envoy.md:3 BB0208", unfilled); // name
        Assert.Contains("content/events/second-meeting.md:3 BB0208", unfilled); // title
        Assert.Contains("content/notes/garbled-line.md:4 BB0208", unfilled); // title

        Fill(site, "content/actors/new-envoy.md", ("name: \"\"", "name: \"New Envoy\""), ("# aliases: []", "aliases: [newcomer]"));
        Fill(site, "content/events/second-meeting.md",
            ("title: \"\"", "title: They agree to meet again"), ("date:  ", "date: 2025-04-21"), ("actors: []", "actors: [new-envoy, kabul-government]"),
            ("- source:  ", "- source: envoy-talks"), ("quote: \"\"", "quote: \"agreed to meet again before the end of the year\""),
            ("# place: \"\"", "place: Kabul"), ("# related: []", "related: [envoy-meets-minister]"));
        Fill(site, "content/notes/garbled-line.md",
            ("kind: conflict", "kind: flag"), ("title: \"\"", "title: A dateline without a year"), ("# events: []", "events: [second-meeting]"),
            ("- source:  ", "- source: envoy-talks"), ("quote: \"\"", "quote: \"Both sides discussed trade, transit and security\""));

        var result = site.Build();
        Assert.True(result.ErrorCount == 0, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Output, "actors", "new-envoy", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "events", "second-meeting", "index.html")));
    }

    [Fact]
    public void A_source_from_a_seed_is_filled_in_from_its_text_and_builds_as_written()
    {
        using var site = TestSite.Minimal();
        var seed = RepoPaths.Seed("000_");
        File.Copy(seed, Path.Combine(site.Root, "seeds", Path.GetFileName(seed)));

        var result = EntryScaffold.Source(new BookPaths(site.Root), Path.Combine(site.Root, "seeds", Path.GetFileName(seed)));

        var written = Assert.Single(result.Written);
        var text = site.Read(written);
        Assert.Contains($"seed: \"{Path.GetFileName(seed)}\"", text, StringComparison.Ordinal);
        Assert.Contains("published: \"2025-12-02\"", text, StringComparison.Ordinal);
        Assert.Contains("via: \"ANI\"", text, StringComparison.Ordinal);
        Assert.Contains("headline: \"\\\"We're building up our relationship with Afghanistan\\\"", text, StringComparison.Ordinal);
        var check = site.Check();
        Assert.True(check.Diagnostics.Count == 0, string.Join("\n", check.Diagnostics));
    }

    [Fact]
    public void Nothing_is_overwritten_and_ids_are_checked_as_the_loader_checks_them()
    {
        using var site = TestSite.Minimal();
        site.Write("content/actors/people/taken.md", "---\nname: Taken\nkind: person\n---\n");
        var paths = new BookPaths(site.Root);
        var before = site.Read("content/actors/special-envoy.md");

        Assert.Contains("exists; not overwriting it", EntryScaffold.Entry(paths, EntryKind.Actor, "special-envoy").Refusal, StringComparison.Ordinal);
        Assert.Contains("already taken", EntryScaffold.Entry(paths, EntryKind.Actor, "taken").Refusal, StringComparison.Ordinal);
        Assert.Contains("such as `bad-id`", EntryScaffold.Entry(paths, EntryKind.Event, "Bad_Id").Refusal, StringComparison.Ordinal);
        Assert.Contains("already described by content/sources/envoy-talks.md", EntryScaffold.Source(paths, Path.Combine(site.Root, "seeds", "envoy.txt")).Refusal, StringComparison.Ordinal);
        Assert.Equal(before, site.Read("content/actors/special-envoy.md"));
        Assert.False(File.Exists(Path.Combine(site.Root, "content", "events", "Bad_Id.md")));
    }

    [Fact]
    public void A_new_book_builds_with_0_errors_and_a_folder_in_use_is_refused()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bb-newbook-" + Guid.NewGuid().ToString("N"));
        try
        {
            var made = Executable.Run("new", "book", folder);
            var again = Executable.Run("new", "book", folder);
            var build = Executable.Run("build", "--root", folder);

            Assert.Equal(0, made.Exit);
            Assert.Equal(1, again.Exit);
            Assert.Contains("is not empty", again.Stderr, StringComparison.Ordinal);
            Assert.True(build.Exit == 0, build.Stdout + build.Stderr);
            Assert.Contains("(0 errors, 0 warnings;", build.Stdout, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "_site", "index.html")));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_command_writes_an_entry_and_refuses_to_overwrite_it()
    {
        using var site = TestSite.Minimal();

        var first = Executable.Run("new", "event", "talks-resume", "--root", site.Root);
        var second = Executable.Run("new", "event", "talks-resume", "--root", site.Root);

        Assert.Equal(0, first.Exit);
        Assert.Contains("wrote content/events/talks-resume.md", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, second.Exit);
        Assert.Contains("error: `content/events/talks-resume.md` exists; not overwriting it", second.Stderr, StringComparison.Ordinal);
    }

    private static void Fill(TestSite site, string file, params (string From, string To)[] edits)
    {
        var text = site.Read(file);
        foreach (var (from, to) in edits)
        {
            var at = text.IndexOf(from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"`{from}` not in {file}:\n{text}");
            var end = text.IndexOf('\n', at);
            // Replace to the end of the line's value, keeping the comment that says what the field takes.
            var comment = text.IndexOf("# ", at + from.Length, StringComparison.Ordinal);
            var stop = comment >= 0 && comment < end ? comment : end;
            text = text[..at] + to + "  " + text[stop..];
        }

        site.Write(file, text);
    }

    private static HashSet<string> Keys(string scaffold) =>
        [.. scaffold.Split('\n').Select(l => Key().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value)];

    // A field line, written or commented out, at any depth: `name: …`, `# aliases: …`, `  - source: …`, `    # date: …`.
    [GeneratedRegex(@"^\s*#?\s*(?:-\s+)?([a-z_]+):(?:\s|$)")]
    private static partial Regex Key();
}
