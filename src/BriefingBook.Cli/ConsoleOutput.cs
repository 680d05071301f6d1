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

    public static string Summary(BuildResult result) => $"{Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}";

    public static string Files(int count) => Count(count, "file");

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    public static string Timings(BuildResult result) =>
        string.Join(", ", result.Stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms")));
}
