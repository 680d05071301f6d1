namespace BriefingBook.Tests.Support;

/// <summary>
/// The shape of every reliability case: a good book is built (so there is a previous site to lose), the bad
/// input or fault is applied, the real command runs, and the case asserts the exit code, the exact
/// <c>file:line: severity: message</c> line, and that the book and its site are byte-identical afterwards.
/// </summary>
internal static class Hostile
{
    /// <summary>A minimal book with its site already built.</summary>
    public static TestSite BuiltBook()
    {
        var site = TestSite.Minimal();
        Assert.True(site.Build().Succeeded);
        return site;
    }

    /// <summary>Runs <c>briefingbook</c> with <paramref name="args"/> (<c>--root</c> is added) and asserts the outcome and that nothing under the book changed.</summary>
    public static Executable.Outcome Fails(TestSite site, int exit, string expected, params string[] args)
    {
        var before = TreeSnapshot.Of(site.Root);
        var outcome = Executable.Run([.. args, "--root", site.Root]);
        Assert.True(exit == outcome.Exit, $"exit {outcome.Exit}, expected {exit}\nstdout: {outcome.Stdout}\nstderr: {outcome.Stderr}");
        Assert.Contains(expected, outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", outcome.Stderr, StringComparison.Ordinal);
        before.AssertSame(TreeSnapshot.Of(site.Root));
        return outcome;
    }

    /// <summary>As <see cref="Fails"/> for <c>build</c> with content errors: exit 1 and the diagnostic line.</summary>
    public static Executable.Outcome BuildReports(TestSite site, string diagnostic) => Fails(site, 1, diagnostic, "build");
}
