using System.Text.RegularExpressions;
using BriefingBook.Cli;
using BriefingBook.Engine;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.EndToEnd;

/// <summary>Progress lines (live on a terminal, one per stage in a log) and the closing line's count.</summary>
public sealed partial class ProgressTests
{
    [Fact]
    public void In_a_log_a_build_prints_one_line_per_stage_and_the_closing_line_counts_the_files_it_wrote()
    {
        using var site = TestSite.Minimal();
        site.Write("seeds/unlisted.txt", TestSite.SeedText.Replace("Envoys meet", "Envoys part", StringComparison.Ordinal));

        // Output into a pipe, as under CI.
        var outcome = Executable.Run("build", "--root", site.Root);

        Assert.True(outcome.Exit == 0, outcome.Stderr);
        var stages = outcome.Stdout.Split('\n').Where(l => l.StartsWith("building: ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["building: load", "building: validate", "building: analyse", "building: templates", "building: plan", "building: render", "building: publish"], stages);
        Assert.DoesNotContain("\r", outcome.Stdout, StringComparison.Ordinal);
        var closing = ClosingLine().Match(outcome.Stdout);
        Assert.True(closing.Success, outcome.Stdout);
        var written = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Count();
        Assert.Equal(written.ToString(System.Globalization.CultureInfo.InvariantCulture), closing.Groups["files"].Value);
        // Words, not "error(s)": the seed without a source entry is one warning.
        Assert.Equal("0 errors, 1 warning", closing.Groups["summary"].Value);
        Assert.DoesNotContain("(s)", outcome.Stdout + outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_the_line_is_rewritten_in_place_with_counts_and_erased_at_the_end()
    {
        using var terminal = new StringWriter();
        var line = new ProgressLine(terminal, live: true);

        line.Report(new BuildProgress("load", 0, 0));
        line.Report(new BuildProgress("render", 0, 2000));
        line.Report(new BuildProgress("publish", 1500, 2000));
        line.Erase();

        var text = terminal.ToString();
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
        Assert.Equal(["building: load", "building: render 0/2,000 (0%)", "building: publish 1,500/2,000 (75%)", ""], text.Split("\r\u001b[2K")[1..]);
    }

    [Fact]
    public void In_a_log_many_reports_in_one_stage_are_one_line()
    {
        using var log = new StringWriter();
        var line = new ProgressLine(log, live: false);

        for (var i = 0; i <= 1000; i++) line.Report(new BuildProgress("render", i, 1000));
        line.Report(new BuildProgress("publish", 0, 0));
        line.Erase();

        Assert.Equal("building: render\nbuilding: publish\n", log.ToString().ReplaceLineEndings("\n"));
    }

    [GeneratedRegex(@"^built (?<files>\d+) files into .* \((?<summary>[^;]+);", RegexOptions.Multiline)]
    private static partial Regex ClosingLine();
}
