using System.CommandLine;
using BriefingBook.Diagnostics;
using BriefingBook.Editing;

namespace BriefingBook.Cli;

internal static class CheckCommand
{
    public static Command Create()
    {
        var root = Commands.RootOption();
        var coverage = new Option<bool>("--coverage") { Description = "Also list, per source, sentences with a date, a number or a quoted statement that no report or note quotes, and names no actor matches." };
        var format = Commands.FormatOption();
        var strict = Commands.WarningsAsErrorsOption();
        var command = new Command("check", "Report every problem in content/, seeds/ and the templates as file:line: error|warning CODE: message. Writes nothing.") { root, coverage, format, strict };
        command.SetAction(parse =>
        {
            using var interrupts = new Interrupts();
            return BuildCommand.Run(interrupts, () =>
            {
                var rootDir = parse.GetValue(root)!.FullName;
                var how = parse.GetValue(format);
                var result = BookBuilder.Check(rootDir, parse.GetValue(strict), interrupts.Token);
                ConsoleOutput.Diagnostics(result, how, rootDir);
                if (parse.GetValue(coverage) && result.Book is not null) ConsoleOutput.Notes(how).Write(CoverageReport.Text(CoverageReport.Find(result.Book)));
                ConsoleOutput.Notes(how).WriteLine($"check: {ConsoleOutput.Summary(result)}");
                return result.Succeeded ? 0 : 1;
            });
        });
        return command;
    }
}
