using System.Diagnostics;
using System.Runtime.InteropServices;

namespace BriefingBook.Tests.Support;

/// <summary>Runs the real <c>briefingbook</c> executable as editors and CI run it.</summary>
internal static partial class Executable
{
    // libc's kill(2): the `kill` program is not on every machine.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

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
            Assert.Equal(0, Kill(process.Id, signal == "TERM" ? 15 : 2));
        }

        if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`briefingbook {string.Join(' ', args)}` did not finish in time (hung?)");
        }

        process.WaitForExit();
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Runs a command that keeps running (<c>serve</c>) until its standard output satisfies <paramref name="ready"/>,
    /// then sends it SIGINT, as Ctrl+C does, and waits for it to stop.
    /// </summary>
    public static Outcome RunUntil(string[] args, Func<string, bool> ready, TimeSpan? timeout = null)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "briefingbook.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(cli);
        foreach (var a in args) info.ArgumentList.Add(a);
        var stdout = new System.Text.StringBuilder();
        var stderr = new System.Text.StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { lock (stdout) stdout.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { lock (stderr) stderr.Append(e.Data).Append('\n'); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            string sofar;
            lock (stdout) sofar = stdout.ToString();
            if (ready(sofar)) break;
            Thread.Sleep(50);
        }

        if (!process.HasExited) Assert.Equal(0, Kill(process.Id, 2));
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`briefingbook {string.Join(' ', args)}` did not stop after SIGINT");
        }

        process.WaitForExit();
        lock (stdout) lock (stderr) return new Outcome(process.ExitCode, stdout.ToString(), stderr.ToString());
    }
}
