using System.Runtime.InteropServices;

namespace BriefingBook.Cli;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM (CI cancelling a job, a container stopping) cancel the running build instead
/// of killing the process, so it stops at the next safe point, deletes its staging folder and leaves the
/// previous site as it was; the exit code is then 128 + the signal (130, 143), as shells expect. A second
/// signal while the first is being honoured kills the process the ordinary way; the next build sweeps up.
/// </summary>
internal sealed class Interrupts : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _signal;

    public Interrupts()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
            _registrations.Add(PosixSignalRegistration.Create(signal, Handle));
    }

    public CancellationToken Token => _cancel.Token;

    /// <summary>The exit code for the signal that cancelled the build: 130 for SIGINT, 143 for SIGTERM.</summary>
    public int ExitCode => _signal == 15 ? 143 : 130;

    private void Handle(PosixSignalContext context)
    {
        var number = context.Signal == PosixSignal.SIGTERM ? 15 : 2;
        if (Interlocked.CompareExchange(ref _signal, number, 0) != 0) return; // second signal: default action
        context.Cancel = true;
        _cancel.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _cancel.Dispose();
    }
}
