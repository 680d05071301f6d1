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
        var (process, stdout, stderr) = Start(args);
        if (signalAfter is { } delay)
        {
            Thread.Sleep(delay);
            Assert.Equal(0, Kill(process.Id, Number(signal)));
        }

        return Finish(process, args, stdout, stderr, timeout);
    }

    /// <summary>
    /// Runs the command and sends it <paramref name="signal"/> (INT, TERM or KILL) as soon as <paramref name="when"/> holds,
    /// polled every millisecond or so. Returns whether the signal was sent before the command finished by itself.
    /// </summary>
    public static (Outcome Outcome, bool Signalled) RunUntil(string[] args, Func<bool> when, string signal)
    {
        var (process, stdout, stderr) = Start(args);
        var signalled = false;
        while (!process.HasExited)
        {
            if (when())
            {
                signalled = Kill(process.Id, Number(signal)) == 0;
                break;
            }

            Thread.Sleep(1);
        }

        return (Finish(process, args, stdout, stderr, null), signalled);
    }

    private static int Number(string signal) => signal switch { "TERM" => 15, "KILL" => 9, _ => 2 };

    private static (Process, Task<string>, Task<string>) Start(string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "briefingbook.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(cli);
        foreach (var a in args) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        return (process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    private static Outcome Finish(Process process, string[] args, Task<string> stdout, Task<string> stderr, TimeSpan? timeout)
    {
        using var _ = process;
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
    /// then sends it <paramref name="signal"/> (SIGINT, as Ctrl+C does, unless told otherwise) and waits for it to stop.
    /// </summary>
    public static Outcome RunUntil(string[] args, Func<string, bool> ready, TimeSpan? timeout = null, string signal = "INT")
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

        if (!process.HasExited) Assert.Equal(0, Kill(process.Id, Number(signal)));
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`briefingbook {string.Join(' ', args)}` did not stop after SIGINT");
        }

        process.WaitForExit();
        lock (stdout) lock (stderr) return new Outcome(process.ExitCode, stdout.ToString(), stderr.ToString());
    }
}
