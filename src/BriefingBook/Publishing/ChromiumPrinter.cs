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
    /// Prints the page at <paramref name="page"/> (a path inside <paramref name="folder"/>, a copy of the site) as
    /// Chromium prints it for the print medium, with the page size, margins and page numbers of its <c>@page</c>
    /// rules. The folder is served to the browser under <paramref name="origin"/> (the book's <c>base_url</c>, or a
    /// fixed placeholder) rather than as <c>file://</c> from a temporary path, so a relative link that reaches the PDF
    /// points at the published site and the same book prints the same bytes wherever it is built. The PDF's creation
    /// and modification dates are set to <paramref name="date"/> for the same reason.
    /// </summary>
    /// <exception cref="PlaywrightException">The browser could not be started or failed to print.</exception>
    public static byte[] Print(string chromium, string folder, string page, Uri origin, DateOnly date) =>
        PrintAsync(chromium, folder, page, origin, date).GetAwaiter().GetResult();

    private static async Task<byte[]> PrintAsync(string chromium, string folder, string pagePath, Uri origin, DateOnly date)
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start. The page printed is the
        // book's own, with no script (the build checks every page for script before publishing).
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Args = ["--no-sandbox", "--disable-gpu"] }).ConfigureAwait(false);
        var page = await browser.NewPageAsync().ConfigureAwait(false);
        // Every request goes to the folder or nowhere: printing never touches the network.
        await page.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            var file = url.Scheme == origin.Scheme && url.Authority == origin.Authority && url.AbsolutePath.StartsWith(origin.AbsolutePath, StringComparison.Ordinal)
                ? Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(url.AbsolutePath[origin.AbsolutePath.Length..])))
                : null;
            if (file is not null && file.StartsWith(root, StringComparison.Ordinal) && File.Exists(file)) await route.FulfillAsync(new() { Path = file }).ConfigureAwait(false);
            else await route.AbortAsync().ConfigureAwait(false);
        }).ConfigureAwait(false);
        await page.GotoAsync(new Uri(origin, pagePath).AbsoluteUri).ConfigureAwait(false);
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
