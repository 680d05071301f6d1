using System.CommandLine;
using System.Globalization;
using BriefingBook.Diagnostics;

namespace BriefingBook.Cli;

internal static class BuildCommand
{
    public static Command Create()
    {
        var root = Commands.RootOption();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where to write the site (default: _site/ in the book's folder). Never the book, its inputs, or a folder BriefingBook did not write." };
        var pretty = new Option<bool>("--pretty-urls") { Description = "Link to folders (/actors/x/) instead of index.html files; for web hosts." };
        var watch = new Option<bool>("--watch", "-w") { Description = "After building, rebuild whenever content/, seeds/, themes/ or layouts/ change (Ctrl+C stops)." };
        var coverage = new Option<bool>("--coverage") { Description = "Also write the editors' coverage page, /editors/coverage/ (not linked from the book)." };
        var pdf = new Option<bool>("--pdf") { Description = "Also print the whole book (/book/) to book.pdf with headless Chromium, where it is installed." };
        var search = new Option<bool>("--search") { Description = "Index the site for its search box with Pagefind after publishing: the default for a build, and with --watch after every rebuild (`npm ci --prefix tools/search` installs it; skipped with a notice when Node.js or Pagefind is missing)." };
        var noSearch = new Option<bool>("--no-search") { Description = "Do not index the site for search (the search box then stays hidden)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The site's public address (http:// or https://), in place of base_url in content/book.yml: canonical links, feeds and sitemap use it." };
        baseUrl.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } url && !Content.LinkPolicy.IsWebAddress(url))
                result.AddError($"--base-url must be an http:// or https:// address, not `{url}`");
        });
        var format = Commands.FormatOption();
        var strict = Commands.WarningsAsErrorsOption();
        var command = new Command("build", "Check the book, then write the site. On any error nothing is written.") { root, output, pretty, watch, coverage, pdf, search, noSearch, baseUrl, format, strict };
        command.SetAction(parse =>
        {
            var rootDir = parse.GetValue(root)!.FullName;
            var outDir = parse.GetValue(output)?.FullName ?? Path.Combine(rootDir, "_site");
            var how = parse.GetValue(format);
            using var progress = ProgressLine.ForConsole(ConsoleOutput.Notes(how));
            var options = new BuildOptions(rootDir, outDir, parse.GetValue(pretty), EditorsPages: parse.GetValue(coverage), Progress: progress, WarningsAsErrors: parse.GetValue(strict), Pdf: parse.GetValue(pdf), BaseUrl: parse.GetValue(baseUrl));
            // A build is indexed for search unless told not to; a watch only when asked, as indexing a large book
            // takes seconds that every save would wait for.
            var indexed = !parse.GetValue(noSearch) && (parse.GetValue(search) || !parse.GetValue(watch));
            if (options.Pdf && Publishing.ChromiumPrinter.Find() is null) Console.Error.WriteLine("note: " + Publishing.ChromiumPrinter.Missing);
            using var interrupts = new Interrupts();
            if (!parse.GetValue(watch))
            {
                return Run(interrupts, () =>
                {
                    // Erased before Run prints an interruption or a fault, so that line stands alone.
                    try
                    {
                        var code = Print(BookBuilder.Build(options, interrupts.Token), rootDir, outDir, progress, how);
                        return code == 0 && indexed ? Search(rootDir, outDir, how, interrupts.Token) : code;
                    }
                    finally
                    {
                        progress.Erase();
                    }
                }, outDir);
            }

            ConsoleOutput.Notes(how).WriteLine($"watching {rootDir} (Ctrl+C stops)");
            return Run(interrupts, () =>
            {
                BookWatcher.Run(options, result =>
                {
                    if (Print(result, rootDir, outDir, progress, how) == 0 && indexed) Search(rootDir, outDir, how, interrupts.Token);
                }, e =>
                {
                    progress.Erase();
                    Console.Error.WriteLine(Stamp() + Describe(e, outDir));
                }, interrupts.Token);
                return 0;
            }, outDir);
        });
        return command;
    }

    private static int Print(BuildResult result, string rootDir, string outDir, ProgressLine progress, DiagnosticFormat format)
    {
        progress.Erase();
        ConsoleOutput.Diagnostics(result, format, rootDir);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"build failed: {ConsoleOutput.Summary(result)}; `{outDir}` left as it was");
            return 1;
        }

        ConsoleOutput.Notes(format).WriteLine($"built {ConsoleOutput.Files(result.FilesWritten)} into {outDir} ({ConsoleOutput.Summary(result)}; {ConsoleOutput.Timings(result)})");
        if (string.IsNullOrEmpty(result.Book?.Content.Book.BaseUrl))
            ConsoleOutput.Notes(format).WriteLine("note: no `base_url` in content/book.yml, so no Atom feeds and no sitemap.xml (they need the site's full address)");
        return 0;
    }

    /// <summary>Indexes the published site for search; a missing Pagefind or Node.js is a notice, a failing Pagefind exit code 2.</summary>
    private static int Search(string rootDir, string outDir, DiagnosticFormat format, CancellationToken cancel)
    {
        var outcome = Publishing.SearchIndexer.Run(rootDir, outDir, cancel);
        if (outcome.Failed)
        {
            Console.Error.WriteLine("error: " + VisibleText.Escape(outcome.Message));
            return 2;
        }

        ConsoleOutput.Notes(format).WriteLine(outcome.Ran ? $"{outcome.Message} ({outcome.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)" : "note: " + outcome.Message);
        return 0;
    }

    private static string Stamp() => DateTime.Now.ToString("HH:mm:ss ", CultureInfo.InvariantCulture);

    /// <summary>
    /// Content problems are diagnostics; anything else is one plain line, never a stack trace: a refused or
    /// failing disk (exit 2), an interruption (130 or 143), a bug in BriefingBook (exit 3).
    /// </summary>
    internal static int Run(Interrupts interrupts, Func<int> action, string? outDir = null)
    {
        try
        {
            return action();
        }
        catch (OperationCanceledException) when (interrupts.Token.IsCancellationRequested)
        {
            Console.Error.WriteLine(outDir is null ? "interrupted" : $"interrupted: `{outDir}` left as it was");
            return interrupts.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BuildStageException)
        {
            Console.Error.WriteLine(Describe(e, outDir));
            if (e is BuildStageException)
            {
                Console.Error.WriteLine("This is a bug in BriefingBook, not in your content; set BRIEFINGBOOK_DEBUG=1 to see where.");
                if (Environment.GetEnvironmentVariable("BRIEFINGBOOK_DEBUG") == "1") Console.Error.WriteLine(e.InnerException);
                return 3;
            }

            return 2;
        }
    }

    // A bug or a refusal says all there is to say; a disk fault adds that the site was left alone.
    private static string Describe(Exception e, string? outDir) =>
        "error: " + VisibleText.Escape(e.Message)
        + (e is BuildStageException or Publishing.OutputRefusedException || outDir is null ? "" : $"; `{outDir}` left as it was");
}
