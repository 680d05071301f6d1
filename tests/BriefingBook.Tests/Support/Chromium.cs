using BriefingBook.Publishing;

namespace BriefingBook.Tests.Support;

/// <summary>The machine's Chromium for browser tests (the one <c>build --pdf</c> prints with), and when to skip them.</summary>
internal static class Chromium
{
    public static string? Path { get; } = ChromiumPrinter.Find();

    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Why a browser test is skipped here, or null when it runs (always under CI).</summary>
    public static string? SkipReason =>
        Path is null && !InCi ? "no Chromium on this machine (apt-get install chromium, or set BRIEFINGBOOK_CHROMIUM); CI runs this test" : null;

    /// <summary>The path, or a failure that says what CI lacks.</summary>
    public static string Require() =>
        Path ?? throw new InvalidOperationException("Chromium is required for the browser tests under CI: .ci/run installs it with apt-get");
}
