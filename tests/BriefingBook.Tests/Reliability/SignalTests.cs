using BriefingBook.Publishing;
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

        // Signalled once the build says it is loading (its handlers are in place by then), however slow start-up is.
        var outcome = Executable.RunUntil(["build", "--root", site.Root], output => output.Contains("building: load", StringComparison.Ordinal), signal: signal);

        Assert.True(exit == outcome.Exit, $"exit {outcome.Exit}\n{outcome.Stdout}\n{outcome.Stderr}");
        Assert.Contains($"interrupted: `{site.Output}` left as it was", outcome.Stderr, StringComparison.Ordinal);
        before.AssertSame(TreeSnapshot.Of(site.Output));
        Assert.Empty(site.LeftoverFolders());
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("KILL")]
    public void A_build_stopped_while_publishing_leaves_the_previous_site_and_the_next_build_mends_the_standby(string signal)
    {
        using var site = LargeBuiltBook();
        // A second build makes the first site the standby, with its list of files.
        Assert.True(site.Build().Succeeded);
        site.Write("content/book.yml", "title: A new title on every page\n");
        var before = TreeSnapshot.Of(site.Output);
        var standbyMarker = Path.Combine(AtomicSwapSink.StandbyOf(site.Output), OutputFolder.Marker);

        // Publishing starts by wiping the standby's list; stop the build the moment that happens.
        var (outcome, signalled) = Executable.RunUntil(["build", "--root", site.Root], () => IsBare(standbyMarker), signal);

        Assert.True(signalled, $"the build ended before its publish stage was seen\n{outcome.Stdout}\n{outcome.Stderr}");
        if (signal == "INT")
        {
            Assert.True(outcome.Exit == 130, $"exit {outcome.Exit}\n{outcome.Stdout}\n{outcome.Stderr}");
            Assert.Contains($"interrupted: `{site.Output}` left as it was", outcome.Stderr, StringComparison.Ordinal);
        }

        before.AssertSame(TreeSnapshot.Of(site.Output));
        Assert.Empty(site.LeftoverFolders());
        Assert.True(IsBare(standbyMarker));

        // The next build does not trust the half-written standby, and its site equals a clean build's.
        Assert.True(site.Build().Succeeded);
        Assert.Contains("A new title on every page", site.Read("_site/index.html"), StringComparison.Ordinal);
        if (signal == "KILL")
        {
            var clean = Path.Combine(site.Root, "clean-build");
            Assert.True(BookBuilder.Build(new BuildOptions(site.Root, clean)).Succeeded);
            TreeSnapshot.Of(clean).AssertSame(TreeSnapshot.Of(site.Output));
        }
    }

    private static bool IsBare(string marker)
    {
        try
        {
            return File.ReadAllText(marker) == OutputFolder.MarkerText;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
