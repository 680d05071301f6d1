using System.Diagnostics;

namespace BriefingBook.Publishing;

/// <summary>
/// Runs Pagefind over a published site, writing its search bundle to <c>pagefind/</c> inside it. Pagefind is the npm
/// package pinned in <c>tools/search/package.json</c> (<c>npm ci --prefix tools/search</c> installs it, with its
/// binary, into <c>tools/search/node_modules/</c>; a <c>node_modules/</c> in the book's folder is looked at first), run
/// with Node; failing that, a <c>pagefind</c> on the PATH. When neither is there, search is
/// skipped with a one-line notice: the site reads the same without it (the search box stays empty).
/// </summary>
public static class SearchIndexer
{
    /// <summary>Where the bundle goes inside the site; the search box's loader fetches it from there.</summary>
    public const string Bundle = "pagefind";

    /// <summary>What happened: <paramref name="Ran"/> false means skipped (with the reason), or a failure when <paramref name="Failed"/>.</summary>
    public sealed record Outcome(bool Ran, bool Failed, string Message, TimeSpan Elapsed);

    /// <exception cref="OperationCanceledException">Cancelled: Pagefind is stopped; the site may hold a partial bundle.</exception>
    /// <param name="bookRoot">The book's folder, whose <c>node_modules/</c> or <c>tools/search/node_modules/</c> holds Pagefind.</param>
    public static Outcome Run(string bookRoot, string site, CancellationToken cancel = default)
    {
        var runner = new[] { "", Path.Combine("tools", "search") }
            .Select(folder => Path.Combine(Path.GetFullPath(bookRoot), folder, "node_modules", "pagefind", "lib", "runner", "bin.cjs"))
            .FirstOrDefault(File.Exists);
        ProcessStartInfo start;
        if (runner is not null)
        {
            if (FindOnPath("node") is not { } node)
                return new Outcome(false, false, "search skipped: Pagefind is installed but Node.js is not on the PATH", TimeSpan.Zero);
            start = new ProcessStartInfo(node) { ArgumentList = { runner } };
        }
        else if (FindOnPath("pagefind") is { } pagefind)
        {
            start = new ProcessStartInfo(pagefind);
        }
        else
        {
            return new Outcome(false, false, "search skipped: Pagefind not found (install it with `npm ci --prefix tools/search`, which needs Node.js)", TimeSpan.Zero);
        }

        foreach (var argument in (string[])["--site", Path.GetFullPath(site), "--output-subdir", Bundle]) start.ArgumentList.Add(argument);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        // Pagefind's bundle names are content hashes, and its output is the same for the same pages.
        start.Environment["NO_COLOR"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new IOException($"could not start `{start.FileName}`");
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var errors = process.StandardError.ReadToEndAsync(cancel);
        try
        {
            process.WaitForExitAsync(cancel).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var lines = (output.GetAwaiter().GetResult() + "\n" + errors.GetAwaiter().GetResult())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0)
        {
            var last = lines.LastOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? lines.LastOrDefault() ?? "no output";
            return new Outcome(true, true, $"search index failed: Pagefind exited with {process.ExitCode}: {last}", clock.Elapsed);
        }

        // Pagefind reports "Indexed 1 language", "Indexed 84 pages", "Indexed 5123 words", …: keep the pages.
        var pages = lines.FirstOrDefault(l => l.StartsWith("Indexed ", StringComparison.Ordinal) && l.EndsWith(" pages", StringComparison.Ordinal));
        return new Outcome(true, false, $"search: {(pages ?? "indexed the site").ToLowerInvariant()} into {Bundle}/", clock.Elapsed);
    }

    private static string? FindOnPath(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in OperatingSystem.IsWindows() ? [name + ".exe", name + ".cmd"] : new[] { name })
            {
                var path = Path.Combine(folder, candidate);
                if (File.Exists(path)) return path;
            }
        }

        return null;
    }
}
