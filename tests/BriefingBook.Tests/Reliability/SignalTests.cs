using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Reliability;

/// <summary>SIGINT and SIGTERM stop a build promptly, leave the previous site as it was and no staging folder, and exit 130 or 143.</summary>
public sealed class SignalTests
{
    /// <summary>A book large enough that its build is still loading when the signal arrives.</summary>
    private static TestSite LargeBuiltBook()
    {
        var site = Hostile.BuiltBook();
        for (var i = 0; i < 1500; i++)
            site.Write($"seeds/extra-{i:D4}.txt", TestSite.SeedText.Replace("on Monday", $"on day {i} of the talks", StringComparison.Ordinal) + string.Concat(Enumerable.Repeat($"Paragraph {i} goes on with more words about the talks and what they mean for trade.\n\n", 30)));
        return site;
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public void A_signal_stops_the_build_and_leaves_the_previous_site(string signal, int exit)
    {
        using var site = LargeBuiltBook();
        var before = TreeSnapshot.Of(site.Output);

        var outcome = Executable.Run(["build", "--root", site.Root], signalAfter: TimeSpan.FromMilliseconds(700), signal);

        Assert.True(exit == outcome.Exit, $"exit {outcome.Exit}\n{outcome.Stdout}\n{outcome.Stderr}");
        Assert.Contains($"interrupted: `{site.Output}` left as it was", outcome.Stderr, StringComparison.Ordinal);
        before.AssertSame(TreeSnapshot.Of(site.Output));
        Assert.Empty(site.LeftoverFolders());
    }
}
