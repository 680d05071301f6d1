using System.Globalization;
using BriefingBook.Diagnostics;

namespace BriefingBook.Cli;

/// <summary>Prints diagnostics the way compilers do, so editors' tools and CI annotate the right line.</summary>
internal static class ConsoleOutput
{
    public static void Diagnostics(BuildResult result) => Diagnostics(result, DiagnosticFormat.Text, "");

    /// <summary>
    /// Text goes to stderr (errors) and stdout (warnings); every other format is one document on stdout, so it can
    /// be redirected to a file or read by a workflow.
    /// </summary>
    public static void Diagnostics(BuildResult result, DiagnosticFormat format, string root)
    {
        switch (format)
        {
            case DiagnosticFormat.GitHub:
                Console.Out.Write(GitHubAnnotations.Write(result.Diagnostics, RepositoryPrefix(root)));
                break;
            case DiagnosticFormat.Sarif:
                Console.Out.Write(SarifLog.Write(result.Diagnostics, Commands.Version));
                break;
            case DiagnosticFormat.Json:
                Console.Out.Write(DiagnosticJson.Write(result.Diagnostics));
                break;
            default:
                foreach (var d in result.Diagnostics)
                    (d.Severity == Severity.Error ? Console.Error : Console.Out).WriteLine(d.ToString());
                break;
        }
    }

    /// <summary>Where lines that are not diagnostics go: stdout, unless stdout holds a SARIF or JSON document.</summary>
    public static TextWriter Notes(DiagnosticFormat format) => format is DiagnosticFormat.Sarif or DiagnosticFormat.Json ? Console.Error : Console.Out;

    /// <summary>
    /// GitHub annotates files by their path in the repository; when the book is a folder inside the checkout
    /// (<c>GITHUB_WORKSPACE</c>), its diagnostics' paths get that folder in front.
    /// </summary>
    private static string RepositoryPrefix(string root)
    {
        var workspace = Environment.GetEnvironmentVariable("GITHUB_WORKSPACE");
        if (string.IsNullOrEmpty(workspace)) return "";
        var relative = Path.GetRelativePath(Path.GetFullPath(workspace), Path.GetFullPath(root));
        return relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? "" : relative.Replace('\\', '/');
    }

    public static string Summary(BuildResult result) => $"{Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}";

    public static string Files(int count) => Count(count, "file");

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    public static string Timings(BuildResult result) =>
        string.Join(", ", result.Stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms")));
}
