using System.Diagnostics;

namespace BriefingBook.Tests.Support;

/// <summary>Runs the real <c>briefingbook</c> executable as editors and CI run it.</summary>
internal static class Executable
{
    public sealed record Outcome(int Exit, string Stdout, string Stderr);

    public static Outcome Run(params string[] args) => Run(args, signalAfter: null);

    /// <summary>Runs the command; with <paramref name="signalAfter"/>, sends it <paramref name="signal"/> that long after it starts.</summary>
    public static Outcome Run(string[] args, TimeSpan? signalAfter, string signal = "INT", TimeSpan? timeout = null)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "briefingbook.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(cli);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (signalAfter is { } delay)
        {
            Thread.Sleep(delay);
            using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }

        if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`briefingbook {string.Join(' ', args)}` did not finish in time (hung?)");
        }

        process.WaitForExit();
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
