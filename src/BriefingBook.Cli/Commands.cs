using System.CommandLine;

namespace BriefingBook.Cli;

/// <summary>The command tree; tests parse with it without running a process.</summary>
public static class Commands
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("BriefingBook: builds a cross-referenced briefing book from seed articles and editors' Markdown.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(CleanCommand.Create());
        root.Subcommands.Add(SuggestCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }

    /// <summary>The book's root: the option's value, else the current folder.</summary>
    public static Option<DirectoryInfo> RootOption() => new("--root")
    {
        Description = "The book's folder, holding content/, seeds/ and themes/ (default: the current folder).",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };
}
