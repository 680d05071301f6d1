using System.CommandLine;
using BriefingBook.Content;
using BriefingBook.Editing;

namespace BriefingBook.Cli;

internal static class SuggestCommand
{
    public static Command Create()
    {
        var root = Commands.RootOption();
        var file = new Argument<FileInfo>("seed") { Description = "A seed in seeds/ (the raw scrape, unedited)." };
        var write = new Option<bool>("--write") { Description = "Write the proposals as files: the source entry, new events and actors, and reports appended to existing events." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("suggest", "Propose how a new seed folds into the book: its source entry, the events it reports, new events and new names.") { file, root, write, format };
        command.SetAction(parse =>
        {
            using var interrupts = new Interrupts();
            return BuildCommand.Run(interrupts, () => Suggest(parse, root, file, write, format, interrupts.Token));
        });
        return command;
    }

    private static int Suggest(ParseResult parse, Option<DirectoryInfo> root, Argument<FileInfo> file, Option<bool> write, Option<string> format, CancellationToken cancel)
    {
        var rootDir = parse.GetValue(root)!.FullName;
        var seed = parse.GetValue(file)!;
        // `suggest seeds/x.txt --root book` names the seed as the book sees it.
        var inRoot = new FileInfo(Path.Combine(rootDir, parse.GetResult(file)!.Tokens[0].Value));
        if (!seed.Exists && inRoot.Exists) seed = inRoot;
        if (!seed.Exists)
        {
            Console.Error.WriteLine($"error: no such file `{seed.FullName}`");
            return 1;
        }

        var paths = new BookPaths(rootDir);
        if (!string.Equals(Path.GetDirectoryName(seed.FullName), Path.GetFullPath(paths.Seeds), StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"error: `{seed.FullName}` is not in `{paths.Seeds}`: copy the scrape there unedited first (or pass --root)");
            return 1;
        }

        var result = BookBuilder.Check(rootDir, cancel);
        var source = result.Book?.Content.Sources.FirstOrDefault(s => s.Seed.FileName == seed.Name);
        if (result.Book is null || source is null)
        {
            Console.Error.WriteLine($"error: the book in `{rootDir}` could not be read; run `briefingbook check`");
            return 1;
        }

        if (!result.Succeeded)
            Console.Error.WriteLine($"warning: the book has {ConsoleOutput.Summary(result)} (see `briefingbook check`); suggestions may miss what those entries hold");
        var suggestion = ArticleSuggester.Suggest(result.Book, source);
        Console.Write(parse.GetValue(format) == "json" ? SuggestionJson.Write(suggestion) + "\n" : SuggestionText.Write(suggestion, paths.Relative(seed.FullName)));
        if (!parse.GetValue(write)) return 0;
        if (!result.Succeeded)
        {
            Console.Error.WriteLine("error: not writing into a book that does not pass `check`; fix it first");
            return 1;
        }

        foreach (var line in SuggestionWriter.Write(suggestion, result.Book, paths)) Console.Error.WriteLine(line);
        Console.Error.WriteLine("review the changes (git diff, git status), fix titles, kinds and summaries, run `briefingbook check`, then open a pull request");
        return 0;
    }
}
