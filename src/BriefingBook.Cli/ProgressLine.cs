using System.Globalization;
using BriefingBook.Engine;

namespace BriefingBook.Cli;

/// <summary>
/// Shows a long build's progress. On a terminal: one line rewritten in place (stage, and how far along when the
/// stage counts its items), erased when the build ends so that diagnostics and the closing line print cleanly.
/// Under CI (the <c>CI</c> variable is set) or into a file or pipe: one plain line per stage, never per file,
/// since a log cannot rewrite a line.
/// </summary>
internal sealed class ProgressLine : IProgress<BuildProgress>, IDisposable
{
    // A terminal redrawn more often than this only flickers; the engine may report from many threads.
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _out;
    private readonly bool _live;
    private readonly Lock _gate = new();
    private string? _stage;
    private DateTime _drawn;
    private bool _shown;
    private bool _stopped;

    public ProgressLine(TextWriter output, bool live)
    {
        _out = output;
        _live = live;
    }

    /// <summary>Live on an interactive terminal, plain under CI or when output is redirected. Written to stderr when stdout holds a SARIF or JSON document.</summary>
    public static ProgressLine ForConsole(TextWriter? to = null)
    {
        var output = to ?? Console.Out;
        var redirected = ReferenceEquals(output, Console.Error) ? Console.IsErrorRedirected : Console.IsOutputRedirected;
        return new(output, live: !redirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")));
    }

    public void Report(BuildProgress value)
    {
        lock (_gate)
        {
            if (_stopped) return;
            var newStage = value.Stage != _stage;
            _stage = value.Stage;
            if (!_live)
            {
                if (newStage) _out.WriteLine($"building: {value.Stage}");
                return;
            }

            var now = DateTime.UtcNow;
            if (!newStage && now - _drawn < Redraw) return;
            _drawn = now;
            var count = value.Total > 0
                ? string.Create(CultureInfo.InvariantCulture, $" {value.Done:N0}/{value.Total:N0} ({100L * value.Done / value.Total}%)")
                : "";
            // Carriage return and erase-line: the line is rewritten, never scrolled.
            _out.Write($"\r\u001b[2Kbuilding: {value.Stage}{count}");
            _out.Flush();
            _shown = true;
        }
    }

    public void Dispose() => Erase();

    /// <summary>Erases the line and ignores further reports: a preview shows the first build's progress, not every rebuild's.</summary>
    public void Stop()
    {
        Erase();
        lock (_gate) _stopped = true;
    }

    /// <summary>Erases the live line before other output (a no-op for plain lines); the next report draws it again.</summary>
    public void Erase()
    {
        lock (_gate)
        {
            if (!_shown) return;
            _out.Write("\r\u001b[2K");
            _out.Flush();
            _shown = false;
        }
    }
}
