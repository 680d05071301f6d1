using System.CommandLine;
using System.Globalization;
using BriefingBook.Diagnostics;
using BriefingBook.Serving;

namespace BriefingBook.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var root = Commands.RootOption();
        var port = new Option<int>("--port", "-p") { Description = $"The port on 127.0.0.1 (default {ServeOptions.DefaultPort}; 0 picks a free one).", DefaultValueFactory = _ => ServeOptions.DefaultPort };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535) r.AddError("--port must be between 0 and 65535");
        });
        var pretty = new Option<bool>("--pretty-urls") { Description = "Link to folders (/actors/x/) instead of index.html files, as `build --pretty-urls` does." };
        var coverage = new Option<bool>("--coverage") { Description = "Also serve the editors' coverage page, /editors/coverage/." };
        var command = new Command("serve", "Preview the book in a browser: build it in memory, serve it on 127.0.0.1, rebuild on every save and reload open tabs.") { root, port, pretty, coverage };
        command.SetAction(parse =>
        {
            using var progress = ProgressLine.ForConsole();
            var options = new ServeOptions(parse.GetValue(root)!.FullName, parse.GetValue(port), parse.GetValue(pretty), parse.GetValue(coverage), progress);
            using var interrupts = new Interrupts();
            return BuildCommand.Run(interrupts, () =>
            {
                try
                {
                    return Serve(options, progress, interrupts.Token);
                }
                finally
                {
                    progress.Stop();
                }
            });
        });
        return command;
    }

    private static int Serve(ServeOptions options, ProgressLine progress, CancellationToken cancel)
    {
        Console.WriteLine($"{Stamp(DateTimeOffset.Now)}building {options.Root}");
        var server = PreviewServer.StartAsync(options, build =>
        {
            progress.Stop();
            Print(build);
        }, cancel).GetAwaiter().GetResult();
        try
        {
            Console.WriteLine($"{Stamp(DateTimeOffset.Now)}serving {options.Root} at {server.Address} (Ctrl+C stops)");
            server.RunAsync(cancel).GetAwaiter().GetResult();
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        // Ctrl+C is how a preview ends: that is success, not an interrupted build.
        Console.WriteLine($"{Stamp(DateTimeOffset.Now)}stopped");
        return 0;
    }

    private static void Print(PreviewBuild build)
    {
        var stamp = Stamp(build.At);
        if (build.Result is { } result)
        {
            foreach (var d in result.Diagnostics)
                (d.Severity == Severity.Error ? Console.Error : Console.Out).WriteLine(stamp + d);
        }

        var ms = string.Create(CultureInfo.InvariantCulture, $"{build.Elapsed.TotalMilliseconds:0} ms");
        if (build.Fault is { } fault)
            Console.Error.WriteLine($"{stamp}{fault}; serving the last good pages, the next save builds again");
        else if (!build.Succeeded)
            Console.Error.WriteLine($"{stamp}build failed: {ConsoleOutput.Summary(build.Result!)}; serving the last good pages ({ms})");
        else if (build.First)
            Console.WriteLine($"{stamp}built {ConsoleOutput.Files(build.Result!.FilesWritten)} ({ConsoleOutput.Summary(build.Result)}; {ms})");
        else
            Console.WriteLine($"{stamp}rebuilt: {ConsoleOutput.Files(build.FilesChanged)} changed ({ConsoleOutput.Summary(build.Result!)}; {ms})");
    }

    private static string Stamp(DateTimeOffset at) => at.ToString("HH:mm:ss ", CultureInfo.InvariantCulture);
}
