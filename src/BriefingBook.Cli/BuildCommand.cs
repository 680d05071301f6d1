using System.CommandLine;

namespace BriefingBook.Cli;

internal static class BuildCommand
{
    public static Command Create()
    {
        var root = Commands.RootOption();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where to write the site (default: _site/ in the book's folder)." };
        var pretty = new Option<bool>("--pretty-urls") { Description = "Link to folders (/actors/x/) instead of index.html files; for web hosts." };
        var command = new Command("build", "Check the book, then write the site. On any error nothing is written.") { root, output, pretty };
        command.SetAction(parse =>
        {
            var rootDir = parse.GetValue(root)!.FullName;
            var outDir = parse.GetValue(output)?.FullName ?? Path.Combine(rootDir, "_site");
            return Run(() =>
            {
                var result = BookBuilder.Build(new BuildOptions(rootDir, outDir, parse.GetValue(pretty)));
                Report.Diagnostics(result);
                if (!result.Succeeded)
                {
                    Console.Error.WriteLine($"build failed: {Report.Summary(result)}; `{outDir}` left as it was");
                    return 1;
                }

                Console.WriteLine($"built {result.FilesWritten} files into {outDir} ({Report.Summary(result)}; {Report.Timings(result)})");
                return 0;
            });
        });
        return command;
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
    }
}
