using System.CommandLine;

namespace BriefingBook.Cli;

internal static class BuildCommand
{
    public static Command Create()
    {
        var root = Commands.RootOption();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where to write the site (default: _site/ in the book's folder)." };
        var pretty = new Option<bool>("--pretty-urls") { Description = "Link to folders (/actors/x/) instead of index.html files; for web hosts." };
        var watch = new Option<bool>("--watch", "-w") { Description = "After building, rebuild whenever content/, seeds/, themes/ or layouts/ change (Ctrl+C stops)." };
        var command = new Command("build", "Check the book, then write the site. On any error nothing is written.") { root, output, pretty, watch };
        command.SetAction((parse, cancel) =>
        {
            var rootDir = parse.GetValue(root)!.FullName;
            var outDir = parse.GetValue(output)?.FullName ?? Path.Combine(rootDir, "_site");
            var options = new BuildOptions(rootDir, outDir, parse.GetValue(pretty));
            if (!parse.GetValue(watch)) return Task.FromResult(Run(() => Print(BookBuilder.Build(options), outDir)));

            Console.WriteLine($"watching {rootDir} (Ctrl+C stops)");
            return Task.FromResult(Run(() =>
            {
                BookWatcher.Run(options, result => Print(result, outDir), cancel);
                return 0;
            }));
        });
        return command;
    }

    private static int Print(BuildResult result, string outDir)
    {
        ConsoleOutput.Diagnostics(result);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"build failed: {ConsoleOutput.Summary(result)}; `{outDir}` left as it was");
            return 1;
        }

        Console.WriteLine($"built {result.FilesWritten} files into {outDir} ({ConsoleOutput.Summary(result)}; {ConsoleOutput.Timings(result)})");
        return 0;
    }

    /// <summary>Content problems are diagnostics; anything else (a disk error) is one plain line, never a stack trace.</summary>
    internal static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (BuildStageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine("This is a bug in BriefingBook, not in your content; set BRIEFINGBOOK_DEBUG=1 to see where.");
            if (Environment.GetEnvironmentVariable("BRIEFINGBOOK_DEBUG") == "1") Console.Error.WriteLine(e.InnerException);
            return 3;
        }
    }
}
