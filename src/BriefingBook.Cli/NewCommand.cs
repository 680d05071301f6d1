using System.CommandLine;
using BriefingBook.Content;
using BriefingBook.Editing;

namespace BriefingBook.Cli;

internal static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Start a new entry with every field, commented (actor, event, source, note), or a new empty book.");
        foreach (var kind in new[] { EntryKind.Actor, EntryKind.Event, EntryKind.Note })
            command.Subcommands.Add(Entry(kind));
        command.Subcommands.Add(Source());
        command.Subcommands.Add(Book());
        return command;
    }

    private static Command Entry(EntryKind kind)
    {
        var name = kind.ToString().ToLowerInvariant();
        var root = Commands.RootOption();
        var id = new Argument<string>("id") { Description = $"The {name}'s id, which is its file name: lowercase letters, digits and hyphens." };
        var command = new Command(name, $"Write content/{EntryScaffold.Folder(kind)}/ID.md with every field of a {name}, commented; required fields are left to fill in.") { id, root };
        command.SetAction(parse => Report(EntryScaffold.Entry(new BookPaths(parse.GetValue(root)!.FullName), kind, parse.GetValue(id)!)));
        return command;
    }

    private static Command Source()
    {
        var root = Commands.RootOption();
        var what = new Argument<string>("id-or-seed") { Description = "An id, or a seed (seeds/FILE) to describe: then seed, headline, outlet and date are read from its text." };
        var id = new Option<string?>("--id") { Description = "The id for a source made from a seed (default: from its outlet, headline and date, as `suggest` makes it)." };
        var command = new Command("source", "Write content/sources/ID.md with every field of a source, commented; `new source seeds/FILE` fills in what the seed says.") { what, root, id };
        command.SetAction(parse =>
        {
            var paths = new BookPaths(parse.GetValue(root)!.FullName);
            var value = parse.GetValue(what)!;
            // A seed is named by its path; an id never holds a slash or a dot.
            if (value.Contains('/', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal) || value.Contains('.', StringComparison.Ordinal) || File.Exists(value))
            {
                var seed = File.Exists(value) ? value : Path.Combine(paths.Root, value);
                return Report(EntryScaffold.Source(paths, seed, parse.GetValue(id)));
            }

            return Report(EntryScaffold.Entry(paths, EntryKind.Source, value));
        });
        return command;
    }

    private static Command Book()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "A new or empty folder for the book." };
        var command = new Command("book", "Scaffold an empty book (content/book.yml, the entry folders, seeds/, the default theme) that builds with 0 errors.") { folder };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            var result = Report(EntryScaffold.Book(dir.FullName, DefaultTheme()));
            if (result == 0) Console.Error.WriteLine($"next: put a raw article in seeds/, then `briefingbook new source seeds/FILE --root {dir}` and `briefingbook build --root {dir}`");
            return result;
        });
        return command;
    }

    /// <summary>The default theme shipped beside the command (in the tool's package), else the one of the repository it runs from.</summary>
    private static string DefaultTheme()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "themes", "default");
        if (Directory.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "themes", "default");
            if (Directory.Exists(Path.Combine(candidate, "layouts"))) return candidate;
        }

        return beside;
    }

    private static int Report(Scaffolded result)
    {
        if (result.Refusal is not null)
        {
            Console.Error.WriteLine("error: " + Diagnostics.VisibleText.Escape(result.Refusal));
            return 1;
        }

        foreach (var file in result.Written) Console.WriteLine($"wrote {file}");
        return 0;
    }
}
