using System.Globalization;
using BriefingBook.Diagnostics;

namespace BriefingBook.Cli;

/// <summary>Prints diagnostics the way compilers do, so editors' tools and CI annotate the right line.</summary>
internal static class ConsoleOutput
{
    public static void Diagnostics(BuildResult result)
    {
        foreach (var d in result.Diagnostics)
            (d.Severity == Severity.Error ? Console.Error : Console.Out).WriteLine(d.ToString());
    }

    public static string Summary(BuildResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"{result.ErrorCount} error(s), {result.WarningCount} warning(s)");

    public static string Timings(BuildResult result) =>
        string.Join(", ", result.Stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms")));
}
