using System.Diagnostics;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.EndToEnd;

/// <summary>The real executable, run as editors and CI run it: exit codes and what it prints.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Check_prints_compiler_style_diagnostics_and_exits_1_on_error()
    {
        using var site = TestSite.Minimal();
        site.WriteEvent(actors: "[special-envoi]");

        var (exit, stdout, stderr) = Executable.Run("check", "--root", site.Root);

        Assert.Equal(1, exit);
        Assert.Contains("content/events/envoy-meets-minister.md:4: error BB0101: unknown actor `special-envoi`; did you mean `special-envoy`?", stderr, StringComparison.Ordinal);
        Assert.Contains("check: 1 error, 0 warnings", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_exits_0_and_writes_the_site_into_the_book_folder()
    {
        using var site = TestSite.Minimal();

        var (exit, stdout, _) = Executable.Run("build", "--root", site.Root);

        Assert.Equal(0, exit);
        Assert.Contains("built ", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, "_site", "index.html")));
    }

    [Fact]
    public void Build_of_a_folder_with_nothing_in_it_fails_plainly()
    {
        using var site = new TestSite(withTheme: false);

        var (exit, _, stderr) = Executable.Run("build", "--root", site.Root);

        Assert.Equal(1, exit);
        Assert.Contains("content:1: error BB0401: no content folder", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "_site")));
    }

    [Fact]
    public void Clean_prints_the_body_of_any_text_file()
    {
        var (exit, stdout, _) = Executable.Run("clean", RepoPaths.Seed("001_"));

        Assert.Equal(0, exit);
        Assert.StartsWith("In a significant development", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Read next", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave the first comment", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_reads_an_html_page_too()
    {
        var (exit, stdout, _) = Executable.Run("clean", Path.Combine(RepoPaths.Root, "tests", "BriefingBook.Tests", "Specs", "Extraction", "news-harbour-html.html"));

        Assert.Equal(0, exit);
        Assert.StartsWith("The harbour authority has taken delivery", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_of_a_missing_file_says_so()
    {
        var (exit, _, stderr) = Executable.Run("clean", "/nonexistent/file.txt");

        Assert.Equal(1, exit);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
    }
}
