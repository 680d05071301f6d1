using System.CommandLine;
using BriefingBook.Editing;

namespace BriefingBook.Cli;

internal static class CheckCommand
{
    public static Command Create()
    {
        var root = Commands.RootOption();
        var coverage = new Option<bool>("--coverage") { Description = "Also list, per source, sentences with a date, a number or a quoted statement that no report or note quotes, and names no actor matches." };
        var command = new Command("check", "Report every problem in content/, seeds/ and the templates as file:line: error|warning: message. Writes nothing.") { root, coverage };
        command.SetAction(parse =>
        {
            using var interrupts = new Interrupts();
            return BuildCommand.Run(interrupts, () =>
            {
                var result = BookBuilder.Check(parse.GetValue(root)!.FullName, interrupts.Token);
                ConsoleOutput.Diagnostics(result);
                if (parse.GetValue(coverage) && result.Book is not null) Console.Write(CoverageReport.Text(CoverageReport.Find(result.Book)));
                Console.WriteLine($"check: {ConsoleOutput.Summary(result)}");
                return result.Succeeded ? 0 : 1;
            });
        });
        return command;
    }
}
