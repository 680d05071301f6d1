using System.Diagnostics;
using System.Text.Json;

namespace BriefingBook.Tests.Support;

/// <summary>
/// The Nu HTML checker (<c>vnu.jar</c> from the npm package <c>vnu-jar</c>, which <c>.ci/run</c> installs with
/// <c>npm ci</c>) run with the machine's Java. Without either, tests using it are skipped outside CI only.
/// </summary>
internal static class NuChecker
{
    public static string Jar { get; } = Path.Combine(RepoPaths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string? Java { get; } = FindJava();

    public static string? SkipReason =>
        (File.Exists(Jar) && Java is not null) || Chromium.InCi
            ? null
            : $"the Nu HTML checker needs Java and {Path.GetRelativePath(RepoPaths.Root, Jar)} (npm ci); CI runs this test";

    /// <summary>Checks every HTML file under the folders; returns each message with its file, type (error, warning, info) and text.</summary>
    public static IReadOnlyList<(string File, string Type, string Message, int Line)> Check(params string[] folders)
    {
        Assert.True(File.Exists(Jar), $"{Jar} is missing: run `npm ci` in the repository");
        var java = Java ?? throw new InvalidOperationException("Java is required for the Nu HTML checker under CI");
        var start = new ProcessStartInfo(java) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-Xss4m", "-jar", Jar, "--format", "json", "--skip-non-html", "--exit-zero-always", .. folders]) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var json = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("messages").EnumerateArray().Select(m => (
            File: m.TryGetProperty("url", out var url) ? LocalPath(url.GetString()!) : "",
            Type: m.TryGetProperty("subType", out var sub) && sub.GetString() == "warning" ? "warning" : m.GetProperty("type").GetString()!,
            Message: m.GetProperty("message").GetString()!,
            Line: m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0))];
    }

    // The checker names files as `file:/tmp/x.html`, which System.Uri does not read.
    private static string LocalPath(string url) =>
        Uri.UnescapeDataString(url.StartsWith("file:", StringComparison.Ordinal) ? "/" + url["file:".Length..].TrimStart('/') : url);

    private static string? FindJava()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        if (!string.IsNullOrEmpty(home) && File.Exists(Path.Combine(home, "bin", "java"))) return Path.Combine(home, "bin", "java");
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "java")).FirstOrDefault(File.Exists);
    }
}
