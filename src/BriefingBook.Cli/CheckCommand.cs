using System.CommandLine;

namespace BriefingBook.Cli;

internal static class CheckCommand
{
    public static Command Create()
    {
        var root = Commands.RootOption();
        var command = new Command("check", "Report every problem in content/, seeds/ and the templates as file:line: error|warning: message. Writes nothing.") { root };
        command.SetAction(parse =>
        {
            using var interrupts = new Interrupts();
            return BuildCommand.Run(interrupts, () =>
            {
                var result = BookBuilder.Check(parse.GetValue(root)!.FullName, interrupts.Token);
                ConsoleOutput.Diagnostics(result);
                Console.WriteLine($"check: {ConsoleOutput.Summary(result)}");
                return result.Succeeded ? 0 : 1;
            });
        });
        return command;
    }
}
