using System.CommandLine;

namespace BriefingBook.Cli;

internal static class CheckCommand
{
    public static Command Create()
    {
        var root = Commands.RootOption();
        var command = new Command("check", "Report every problem in content/ and seeds/ as file:line: error|warning: message. Writes nothing.") { root };
        command.SetAction(parse => BuildCommand.Run(() =>
        {
            var result = BookBuilder.Check(parse.GetValue(root)!.FullName);
            ConsoleOutput.Diagnostics(result);
            Console.WriteLine($"check: {ConsoleOutput.Summary(result)}");
            return result.Succeeded ? 0 : 1;
        }));
        return command;
    }
}
