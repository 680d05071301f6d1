using System.Text.RegularExpressions;
using BriefingBook.Publishing;
using BriefingBook.Tests.Support;
using Microsoft.Playwright;

namespace BriefingBook.Tests.Outputs;

/// <summary>
/// Search end to end: a small book is built, indexed by Pagefind (as <c>build --search</c> does), served with the
/// published site's headers (its Content-Security-Policy included), and read in headless Chromium: a query typed in
/// the search box finds the page and the first result leads to it, with no policy violation on the way. Without
/// JavaScript the box stays hidden.
/// </summary>
public sealed partial class SearchBrowserTests : IDisposable
{
    private readonly TestSite _site = TestSite.Minimal();

    public void Dispose() => _site.Dispose();

    [SearchFact]
    public void Pagefind_indexes_actors_events_sources_and_notes_with_their_filters()
    {
        var outcome = BuildAndIndex();
        Assert.True(outcome.Ran && !outcome.Failed, outcome.Message);
        // The book has two actors, one event, one source and the notes page; home and the indexes are not indexed.
        Assert.Equal("search: indexed 5 pages into pagefind/", outcome.Message);
        Assert.True(File.Exists(Path.Combine(_site.Output, "pagefind", "pagefind.js")));
        var filters = Directory.GetFiles(Path.Combine(_site.Output, "pagefind", "filter"));
        Assert.NotEmpty(filters);
    }

    [SearchFact(browser: true)]
    public async Task A_query_typed_in_the_search_box_leads_to_the_page()
    {
        var outcome = BuildAndIndex();
        Assert.True(outcome.Ran && !outcome.Failed, outcome.Message);
        using var server = new StaticSiteServer(_site.Output, new Dictionary<string, string> { ["Content-Security-Policy"] = NetlifyPolicy() });

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = SearchFactAttribute.Chromium, Args = ["--no-sandbox"], Headless = true });
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // A 404 is the favicon the test site lacks; a policy violation or a script error is a failure.
            if (message.Type is "error" or "warning" && !message.Text.Contains("status of 404", StringComparison.Ordinal)) problems.Add(message.Text);
        };
        page.PageError += (_, error) => problems.Add(error);

        await page.GotoAsync(server.BaseUrl);
        var input = page.Locator("#search input[type=search]");
        await input.WaitForAsync(new() { Timeout = 60_000 });
        await input.FillAsync("minister");
        var first = page.Locator("#search .search-results a").First;
        await first.WaitForAsync(new() { Timeout = 60_000 });
        await first.ClickAsync();
        await page.WaitForURLAsync(EventPage(), new() { Timeout = 60_000 });
        Assert.Equal("The envoy meets the minister", await page.Locator("h1").First.InnerTextAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SearchFact(browser: true)]
    public async Task Without_javascript_the_search_box_is_not_there()
    {
        BuildAndIndex();
        using var server = new StaticSiteServer(_site.Output, new Dictionary<string, string> { ["Content-Security-Policy"] = NetlifyPolicy() });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = SearchFactAttribute.Chromium, Args = ["--no-sandbox"], Headless = true });
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl);
        Assert.Equal(1, await page.Locator("#search").CountAsync());
        Assert.False(await page.Locator("#search").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("input").CountAsync());
    }

    /// <summary>The filters load only when "Narrow" opens, and narrowing to a kind leaves only pages of that kind.</summary>
    [SearchFact(browser: true)]
    public async Task Narrowing_to_a_kind_leaves_only_pages_of_that_kind()
    {
        BuildAndIndex();
        using var server = new StaticSiteServer(_site.Output, new Dictionary<string, string> { ["Content-Security-Policy"] = NetlifyPolicy() });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = SearchFactAttribute.Chromium, Args = ["--no-sandbox"], Headless = true });
        var page = await browser.NewPageAsync();
        var fetched = new List<string>();
        page.Request += (_, request) => fetched.Add(request.Url);
        await page.GotoAsync(server.BaseUrl);
        var input = page.Locator("#search input[type=search]");
        await input.WaitForAsync(new() { Timeout = 60_000 });
        await input.FillAsync("envoy");
        await page.Locator("#search .search-results a").First.WaitForAsync(new() { Timeout = 60_000 });
        // A query alone fetches no filter list.
        Assert.DoesNotContain(fetched, url => url.Contains("/pagefind/filter/", StringComparison.Ordinal));
        var all = await page.Locator("#search .search-results a").CountAsync();

        await page.Locator("#search .search-narrow > summary").ClickAsync();
        var kind = page.Locator("#search-filter-kind");
        await kind.WaitForAsync(new() { Timeout = 60_000 });
        await kind.SelectOptionAsync("Event");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#search .search-results a')].every(a => a.getAttribute('href').includes('/events/'))", null, new() { Timeout = 60_000 });

        var hrefs = await page.Locator("#search .search-results a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["/events/envoy-meets-minister/"], hrefs);
        Assert.True(all > hrefs.Length, $"the query alone found {all} pages, narrowed {hrefs.Length}");
    }

    /// <summary>A site built without an index (<c>--no-search</c>) shows no box that could not answer.</summary>
    [SearchFact(browser: true)]
    public async Task Without_an_index_the_search_box_stays_hidden()
    {
        var result = _site.Build(pretty: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var server = new StaticSiteServer(_site.Output, new Dictionary<string, string> { ["Content-Security-Policy"] = NetlifyPolicy() });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = SearchFactAttribute.Chromium, Args = ["--no-sandbox"], Headless = true });
        var page = await browser.NewPageAsync();
        var entry = page.WaitForResponseAsync(r => r.Url.EndsWith("pagefind-entry.json", StringComparison.Ordinal));
        await page.GotoAsync(server.BaseUrl);
        Assert.Equal(404, (await entry).Status);
        Assert.False(await page.Locator("#search").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("#search input").CountAsync());
    }

    private SearchIndexer.Outcome BuildAndIndex()
    {
        var result = _site.Build(pretty: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return SearchIndexer.Run(RepoPaths.Root, _site.Output);
    }

    private static string NetlifyPolicy() =>
        PolicyLine().Match(File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml"))).Groups[1].Value;

    [GeneratedRegex("Content-Security-Policy = \"([^\"]+)\"")]
    private static partial Regex PolicyLine();

    [GeneratedRegex("/events/envoy-meets-minister/$")]
    private static partial Regex EventPage();
}
