using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BriefingBook.Publishing;

/// <summary>
/// Prints a page of the built site to PDF with the machine's own headless Chromium, driven by Playwright (no
/// browser is downloaded). Used for <c>book.pdf</c>; a machine without Chromium builds everything else.
/// </summary>
public static partial class ChromiumPrinter
{
    /// <summary>Set to a browser's path to print with it instead of the first of the usual places.</summary>
    public const string Variable = "BRIEFINGBOOK_CHROMIUM";

    private static readonly string[] UsualPlaces = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>The Chromium to print with: <see cref="Variable"/> when set, else the first usual place that exists; null when there is none.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured)) return File.Exists(configured) ? configured : null;
        return UsualPlaces.FirstOrDefault(File.Exists);
    }

    /// <summary>What to tell a reader when <see cref="Find"/> found nothing.</summary>
    public static string Missing =>
        $"book.pdf not written: no Chromium found (install it, e.g. `apt-get install chromium`, or set {Variable})";

    /// <summary>
    /// Prints <paramref name="htmlFile"/> as Chromium prints it for the print medium, with the page size, margins and
    /// page numbers of its <c>@page</c> rules. The PDF's creation and modification dates are set to
    /// <paramref name="date"/> so that printing the same page twice gives the same bytes.
    /// </summary>
    /// <exception cref="PlaywrightException">The browser could not be started or failed to print.</exception>
    public static byte[] Print(string chromium, string htmlFile, DateOnly date) =>
        PrintAsync(chromium, htmlFile, date).GetAwaiter().GetResult();

    private static async Task<byte[]> PrintAsync(string chromium, string htmlFile, DateOnly date)
    {
        using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start. The page printed is the
        // book's own, from disk, with no script (the build checks every page for script before publishing).
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Args = ["--no-sandbox", "--disable-gpu"] }).ConfigureAwait(false);
        var page = await browser.NewPageAsync().ConfigureAwait(false);
        await page.GotoAsync(new Uri(htmlFile).AbsoluteUri).ConfigureAwait(false);
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = true, Outline = true }).ConfigureAwait(false);
        return FixDates(pdf, date);
    }

    /// <summary>
    /// Replaces the clock time Chromium writes as <c>/CreationDate</c> and <c>/ModDate</c> by <paramref name="date"/>,
    /// keeping every byte offset (the cross-reference table counts them): the only part of its PDF that differs
    /// between two prints of one page.
    /// </summary>
    internal static byte[] FixDates(byte[] pdf, DateOnly date)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var stamp = date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "000000";
        var fixedText = PdfDate().Replace(text, m => m.Groups["key"].Value + stamp);
        return Encoding.Latin1.GetBytes(fixedText);
    }

    [GeneratedRegex(@"(?<key>/(?:CreationDate|ModDate)\s*\(D:)\d{14}")]
    private static partial Regex PdfDate();
}
