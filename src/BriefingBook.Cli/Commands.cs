using System.CommandLine;
using System.Reflection;
using BriefingBook.Diagnostics;

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
        root.Subcommands.Add(NewCommand.Create());
        return root;
    }

    /// <summary>The informational version (<c>1.2.0+commit</c>), as <c>--version</c> prints it and the SARIF log names it.</summary>
    public static string Version { get; } =
        typeof(Commands).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary><c>--format text|github|sarif|json</c> for diagnostics, on <c>check</c> and <c>build</c>.</summary>
    public static Option<DiagnosticFormat> FormatOption()
    {
        var option = new Option<DiagnosticFormat>("--format")
        {
            Description = "How to print problems: text (file:line: error CODE: message, the default), github (workflow commands that annotate the pull request), sarif (a SARIF 2.1.0 log) or json.",
            DefaultValueFactory = _ => DiagnosticFormat.Text,
            CustomParser = r => r.Tokens[0].Value switch
            {
                "text" => DiagnosticFormat.Text,
                "github" => DiagnosticFormat.GitHub,
                "sarif" => DiagnosticFormat.Sarif,
                "json" => DiagnosticFormat.Json,
                var other => Invalid(r, other),
            },
        };
        // Tab completion (the [suggest] directive) offers the words the parser takes, not the enum's names.
        option.CompletionSources.Clear();
        option.CompletionSources.Add("text", "github", "sarif", "json");
        return option;
    }

    private static DiagnosticFormat Invalid(System.CommandLine.Parsing.ArgumentResult r, string value)
    {
        r.AddError($"--format must be text, github, sarif or json, not `{value}`");
        return DiagnosticFormat.Text;
    }

    public static Option<bool> WarningsAsErrorsOption() => new("--warnings-as-errors")
    {
        Description = "Treat every warning as an error: the check fails (exit code 1) and the build writes nothing.",
    };

    /// <summary>The book's root: the option's value, else the current folder.</summary>
    public static Option<DirectoryInfo> RootOption() => new("--root")
    {
        Description = "The book's folder, holding content/, seeds/ and themes/ (default: the current folder).",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };
}
