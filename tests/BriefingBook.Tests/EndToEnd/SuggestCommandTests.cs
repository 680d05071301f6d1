using System.Diagnostics;
using BriefingBook.Content.Articles;
using BriefingBook.Editing;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.EndToEnd;

/// <summary><c>briefingbook suggest --write</c> as an editor runs it: the files it writes pass <c>check</c>, and nothing existing is rewritten.</summary>
public sealed class SuggestCommandTests
{
    [Theory]
    [InlineData("suggest-existing-event-other-outlet.txt", true)]
    [InlineData("suggest-new-event-relative-date.txt", true)]
    [InlineData("suggest-new-person-near-miss.txt", false)]
    public void Written_proposals_pass_check_and_only_append_to_existing_files(string fixture, bool reportsEvents)
    {
        using var site = TestSite.CopyOfRealBook();
        var seed = Path.Combine(site.Root, "seeds", fixture);
        File.Copy(RepoPaths.Fixture(fixture), seed);
        var before = Directory.GetFiles(Path.Combine(site.Root, "content"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

        var (exit, stdout, stderr) = Executable.Run("suggest", seed, "--write", "--root", site.Root);

        Assert.True(exit == 0, stderr);
        Assert.Contains("source (new entry content/sources/", stdout, StringComparison.Ordinal);
        var check = site.Check();
        Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));
        // The seed now has its entry, so the check has nothing to say about it.
        Assert.DoesNotContain(check.Diagnostics, d => d.Location.File.Contains(fixture, StringComparison.Ordinal));
        var source = Assert.Single(check.Book!.Content.Sources, s => s.Seed.FileName == fixture);
        Assert.True(source.HasEntry);
        Assert.Equal(reportsEvents, check.Book.EventsReportedBy(source.Id).Count > 0);

        foreach (var (file, old) in before)
        {
            var now = File.ReadAllText(file);
            if (now == old) continue;
            // An existing file may only have gained lines: every old line is still there, in order.
            Assert.Contains("/content/events/", file.Replace('\\', '/'), StringComparison.Ordinal);
            Assert.True(IsSubsequence(old.Split('\n'), now.Split('\n')), $"{file} was rewritten, not appended to");
            Assert.Contains($"- source: {source.Id}", now, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Json_goes_to_standard_output_and_a_seed_outside_seeds_is_refused_for_writing()
    {
        using var site = TestSite.Minimal();
        var (exit, stdout, _) = Executable.Run("suggest", Path.Combine(site.Root, "seeds", "envoy.txt"), "--format", "json", "--root", site.Root);
        Assert.Equal(0, exit);
        Assert.StartsWith("{", stdout, StringComparison.Ordinal);

        var outside = Path.Combine(site.Root, "elsewhere.txt");
        File.WriteAllText(outside, TestSite.SeedText);
        var (refused, _, stderr) = Executable.Run("suggest", outside, "--write", "--root", site.Root);
        Assert.Equal(1, refused);
        Assert.Contains("is not in", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Seeds_are_found_relative_to_the_book_and_check_coverage_prints_its_findings()
    {
        using var site = TestSite.Minimal();
        site.Write("seeds/envoy.txt", TestSite.SeedText.Replace("Read next", "The envoy said three rail projects were under study, according to Karim Sadiq.\n\nRead next", StringComparison.Ordinal));

        var (exit, stdout, stderr) = Executable.Run("suggest", "seeds/envoy.txt", "--root", site.Root);
        Assert.True(exit == 0, stderr);
        Assert.Contains("source `envoy-talks` (already has an entry)", stdout, StringComparison.Ordinal);

        var (checkExit, checkOut, _) = Executable.Run("check", "--coverage", "--root", site.Root);
        Assert.Equal(0, checkExit);
        Assert.Contains("coverage: 1 sentence(s) in 1 source(s)", checkOut, StringComparison.Ordinal);
        Assert.Contains("seeds/envoy.txt:11: coverage: uncovered sentence (number) in `envoy-talks`: The envoy said three rail projects", checkOut, StringComparison.Ordinal);
        Assert.Contains("coverage: name “Karim Sadiq”", checkOut, StringComparison.Ordinal);
        Assert.DoesNotContain("coverage:", Executable.Run("check", "--root", site.Root).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_is_appended_inside_the_reports_list_even_when_other_keys_follow_it()
    {
        const string text = "---\ntitle: T\ndate: 2025\nactors: [a]\nreports:\n  - source: s\n    quote: \"q\"\n\nrelated: [x]\n---\nSummary.\n";
        var body = new BodyParagraph(1, ParagraphKind.Text, "He said so on Friday.", 3);
        var proposal = new EventProposal("t", "t", "T", null, null, new BodySentence(body, 0, "He said so on Friday."), new ReportedValues(null, null, null), [], 0.5, []);

        var appended = SuggestionWriter.AppendReport(text, proposal, "new-source");

        Assert.Equal("---\ntitle: T\ndate: 2025\nactors: [a]\nreports:\n  - source: s\n    quote: \"q\"\n  - source: new-source\n    quote: \"He said so on Friday.\"\n\nrelated: [x]\n---\nSummary.\n", appended);
        Assert.Null(SuggestionWriter.AppendReport("---\ntitle: T\nreports: [{source: s, quote: q}]\n---\n", proposal, "n"));
    }

    private static bool IsSubsequence(string[] small, string[] large)
    {
        var i = 0;
        foreach (var line in large)
        {
            if (i < small.Length && small[i] == line) i++;
        }

        return i == small.Length;
    }
}
