using System.Diagnostics;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.EndToEnd;

/// <summary>What the installed tool offers besides the commands: --version, tab completion, the current folder as the book.</summary>
public sealed class ToolCommandTests
{
    [Fact]
    public void Version_prints_the_informational_version()
    {
        var outcome = Executable.Run("--version");

        Assert.Equal(0, outcome.Exit);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9a-f]{7,40})?\n$", outcome.Stdout);
    }

    [Fact]
    public void The_suggest_directive_completes_options_and_format_values()
    {
        var options = Executable.Run("[suggest:9]", "check --f");
        var formats = Executable.Run("[suggest:15]", "check --format ");

        Assert.Contains("--format", options.Stdout.Split('\n'));
        Assert.Equal(["github", "json", "sarif", "text"], formats.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public async Task Check_and_build_default_to_the_current_folder(string command)
    {
        using var site = TestSite.Minimal();
        site.WriteEvent(actors: "[special-envoi]");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = site.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "briefingbook.dll"));
        info.ArgumentList.Add(command);

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await stdout;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("content/events/envoy-meets-minister.md:4: error BB0101: unknown actor `special-envoi`", stderr, StringComparison.Ordinal);
    }
}
