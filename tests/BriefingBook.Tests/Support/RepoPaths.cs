namespace BriefingBook.Tests.Support;

/// <summary>Finds the repository from the test binaries, so tests can use the real seeds, content and theme.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed(string prefix) =>
        Directory.GetFiles(Seeds).Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Test inputs of our own (scrapes written for the duplicate detector's tests).</summary>
    public static string Fixture(string name) => Path.Combine(Root, "tests", "BriefingBook.Tests", "Fixtures", name);

    public static string DefaultTheme => Path.Combine(Root, "themes", "default");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefingBook.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("BriefingBook.sln not found above " + AppContext.BaseDirectory);
    }
}
