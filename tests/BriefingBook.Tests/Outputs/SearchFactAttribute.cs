using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Outputs;

/// <summary>
/// A test that needs Pagefind (Node.js and <c>npm ci --prefix tools/search</c>) and, with <paramref name="browser"/>,
/// the system Chromium: skipped with the reason when one is missing on this machine. CI (<c>.ci/run</c>) installs them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SearchFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public SearchFactAttribute(bool browser = false)
    {
        if (!File.Exists(Path.Combine(RepoPaths.Root, "tools", "search", "node_modules", "pagefind", "lib", "runner", "bin.cjs")))
            Skip = "Pagefind is not installed: run `npm ci --prefix tools/search` (needs Node.js)";
        else if (!OnPath("node"))
            Skip = "Node.js is not on the PATH, and Pagefind runs with it";
        else if (browser && !File.Exists(Chromium))
            Skip = $"no Chromium at {Chromium} for the browser test";
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, name)));
}
