using BriefingBook.Tests.Support;
using Microsoft.Playwright;

namespace BriefingBook.Tests.Browser;

/// <summary>
/// The repository's own book, built once per test class into a temporary folder and served with the production
/// headers (<see cref="StaticSiteServer"/>), and one headless Chromium to read it with. Outside CI on a machine
/// without Chromium the tests using it are skipped (<see cref="BrowserFactAttribute"/>) and this does nothing.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>A page that breaks the policy on purpose (an inline style), to show the listener hears violations.</summary>
    public const string PolicyBreaker = "policy-breaker.html";

    private TestSite? _site;
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => _server!.Address;

    public string Output => _site!.Output;

    /// <summary>Each page kind of the book and the path of one page of that kind.</summary>
    public IReadOnlyDictionary<string, string> Pages { get; private set; } = new Dictionary<string, string>();

    /// <summary>Where screenshots go: <c>TestResults/screenshots/</c> in the repository (CI keeps it), or <c>BRIEFINGBOOK_SCREENSHOTS</c>.</summary>
    public static string Screenshots =>
        Environment.GetEnvironmentVariable("BRIEFINGBOOK_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(RepoPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null) return;
        var chromium = Chromium.Require();
        _site = TestSite.CopyOfRealBook();
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var book = result.Book!;
        Pages = BrowserPages.Of(book);
        File.WriteAllText(Path.Combine(_site.Output, PolicyBreaker),
            "<!DOCTYPE html><html lang=\"en\"><title>x</title><p style=\"color: red\">An inline style the policy forbids.</p></html>");
        _server = await StaticSiteServer.StartAsync(_site.Output);
        _playwright = await Playwright.CreateAsync();
        // --no-sandbox: CI runs as root, where Chromium's sandbox will not start.
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Args = ["--no-sandbox", "--disable-gpu"] });
    }

    public Uri Url(string path) => new(Address, path);

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _site?.Dispose();
    }
}
