using System.Net;
using System.Text.RegularExpressions;
using BriefingBook.Serving;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Serving;

/// <summary>
/// `serve` as an editor's browser meets it: a real HTTP client against the preview server on a free port, on a
/// small book built from files, edited while the server runs. No timing asserts: every wait is a generous poll.
/// </summary>
public sealed partial class ServeTests
{
    private const string EventPage = "/events/envoy-meets-minister/";

    [Fact]
    public async Task A_page_is_served_with_the_reload_script_under_its_own_policy_and_no_built_file_has_the_script()
    {
        using var site = TestSite.Minimal();
        await using var host = await PreviewHost.Start(site);

        using var response = await host.Http.GetAsync(new Uri("/", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("<h1>Test book</h1>", page, StringComparison.Ordinal);
        // The page's own policy forbids all script; the served page carries the server's, which allows exactly
        // the injected script by its nonce.
        Assert.DoesNotContain("http-equiv=\"Content-Security-Policy\"", page, StringComparison.Ordinal);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var nonce = Regex.Match(policy, "script-src [^;]*'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains($"<script src=\"{ServedHtml.ScriptPath}\" nonce=\"{nonce}\"></script></body>", page, StringComparison.Ordinal);
        // The injected script is the only one with a nonce; the built page's own (its JSON-LD data block and the
        // search loader) are allowed by 'self' or are not run at all.
        Assert.Equal(1, Regex.Count(page, "nonce=", RegexOptions.IgnoreCase));
        Assert.Equal(3, Regex.Count(page, "<script", RegexOptions.IgnoreCase));
        var script = await host.Http.GetAsync(new Uri(ServedHtml.ScriptPath, UriKind.Relative));
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Not in the pages a build writes, nor in the served site's own files: only on the way out.
        Assert.True(site.Build().Succeeded);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain("__briefingbook", File.ReadAllText(file), StringComparison.Ordinal);
        foreach (var (path, bytes) in host.Server.Preview.Site.Files)
            Assert.False(System.Text.Encoding.UTF8.GetString(bytes).Contains("__briefingbook", StringComparison.Ordinal), path);
        // Non-HTML files are sent as they are.
        var css = await host.Http.GetAsync(new Uri("/assets/style.css", UriKind.Relative));
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType?.ToString());
        Assert.Equal(host.Server.Preview.Site.Files["assets/style.css"], await css.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_missing_pages_folders_other_methods_and_hostile_paths_are_answered_plainly()
    {
        using var site = TestSite.Minimal();
        await using var host = await PreviewHost.Start(site);

        using var get = await host.Http.GetAsync(new Uri(EventPage, UriKind.Relative));
        using var head = await host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(EventPage, UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        // A folder without its slash is redirected, so the page's relative links resolve.
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Server.Address };
        using var folder = await noRedirect.GetAsync(new Uri("/events/envoy-meets-minister", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Found, folder.StatusCode);
        Assert.Equal(EventPage, folder.Headers.Location?.ToString());

        // Missing: the site's own 404 page, with status 404. No listing for a folder without index.html.
        var notFound = Assert.Single(host.Server.Preview.Site.Files, f => f.Key == "404.html");
        foreach (var missing in new[] { "/no-such-page/", "/events/", "/assets/", "/%2e%2e/%2e%2e/etc/passwd", "/a/..%2f..%2fcontent/book.yml", "/assets%5c..%5cindex.html" })
        {
            using var response = await host.Http.GetAsync(new Uri(missing, UriKind.Relative));
            Assert.True(HttpStatusCode.NotFound == response.StatusCode, missing);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains(System.Text.Encoding.UTF8.GetString(notFound.Value).Split("<body")[1][..40], body, StringComparison.Ordinal);
            Assert.DoesNotContain("Index of", body, StringComparison.Ordinal);
        }

        using var post = await host.Http.PostAsync(new Uri("/", UriKind.Relative), new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Contains("GET", post.Content.Headers.Allow);

        // Another host name pointed at 127.0.0.1 (DNS rebinding) gets nothing.
        using var rebound = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        rebound.Headers.Host = "attacker.example";
        using var refused = await host.Http.SendAsync(rebound);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, refused.StatusCode);
    }

    [Fact]
    public async Task An_edit_changes_the_served_page_and_tells_its_tab_to_reload()
    {
        using var site = TestSite.Minimal();
        await using var host = await PreviewHost.Start(site);
        using var home = await host.Listen("/");

        site.Write("content/book.yml", "title: Renamed book\n");

        Assert.Equal("reload", await home.NextEvent());
        var page = await host.Http.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("<h1>Renamed book</h1>", page, StringComparison.Ordinal);
        Assert.True(host.NextBuild().Succeeded);
    }

    [Fact]
    public async Task A_tab_whose_page_did_not_change_is_not_reloaded()
    {
        using var site = TestSite.Minimal();
        await using var host = await PreviewHost.Start(site);
        using var missing = await host.Listen("/no-such-page/");
        using var actor = await host.Listen("/actors/kabul-government/");

        // The event's page changes, and so does the page of the actor it names; the 404 page does not.
        WriteEvent(site, "A new summary.", actors: "[special-envoy]");
        Assert.Equal("reload", await actor.NextEvent());
        await host.PageWhen(EventPage, p => p.Contains("A new summary.", StringComparison.Ordinal));
        Assert.DoesNotContain("404.html", host.Server.Preview.Site.LastChanged);
        var afterEdit = host.Server.Preview.Status.Builds;

        // The book's title is on the 404 page too: now that tab reloads, and the build it names is this one,
        // not the earlier edit's.
        site.Write("content/book.yml", "title: Test book renamed\nsubtitle: A small one\n");
        Assert.Equal("reload", await missing.NextEvent());
        var data = await missing.ReadLine();
        Assert.True(int.Parse(data!["data: ".Length..], System.Globalization.CultureInfo.InvariantCulture) > afterEdit, data);
    }

    [Fact]
    public async Task A_broken_file_shows_its_escaped_diagnostic_over_the_last_good_page_until_it_is_fixed()
    {
        using var site = TestSite.Minimal();
        await using var host = await PreviewHost.Start(site);
        using var tab = await host.Listen(EventPage);

        // A diagnostic that quotes hostile input: the unknown actor's id is markup.
        WriteEvent(site, "Not shown while broken.", actors: "[\"<img src=x onerror=alert(1)>\"]");

        Assert.Equal("reload", await tab.NextEvent());
        var broken = host.NextBuild();
        Assert.False(broken.Succeeded);
        var page = await host.Http.GetStringAsync(new Uri(EventPage, UriKind.Relative));
        Assert.Contains("<aside id=\"briefingbook-overlay\" role=\"alert\">", page, StringComparison.Ordinal);
        Assert.Contains("content/events/envoy-meets-minister.md:", page, StringComparison.Ordinal);
        Assert.Contains("unknown actor `&lt;img src=x onerror=alert(1)&gt;`", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        // The last good page, as it was.
        Assert.Contains("Special Envoy", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Not shown while broken", page, StringComparison.Ordinal);

        WriteEvent(site, "Shown once fixed.");
        Assert.Equal("reload", await tab.NextEvent());
        var fixedPage = await host.PageWhen(EventPage, p => p.Contains("Shown once fixed", StringComparison.Ordinal));
        Assert.DoesNotContain("briefingbook-overlay\"", fixedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_book_broken_from_the_start_shows_its_errors_and_its_pages_once_fixed()
    {
        using var site = TestSite.Minimal();
        WriteEvent(site, "First version.", actors: "[special-envoi]");
        await using var host = await PreviewHost.Start(site);
        using var tab = await host.Listen("/");

        using var response = await host.Http.GetAsync(new Uri("/", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("The book has not built yet", page, StringComparison.Ordinal);
        Assert.Contains("unknown actor `special-envoi`; did you mean `special-envoy`?", page, StringComparison.Ordinal);
        Assert.Contains(ServedHtml.ScriptPath, page, StringComparison.Ordinal);

        WriteEvent(site, "Fixed version.");
        Assert.Equal("reload", await tab.NextEvent());
        await host.PageWhen(EventPage, p => p.Contains("Fixed version.", StringComparison.Ordinal));
        Assert.Contains("<h1>Test book</h1>", await host.Http.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_deleted_or_unreadable_mid_session_are_diagnostics_and_the_session_goes_on()
    {
        using var site = TestSite.Minimal();
        await using var host = await PreviewHost.Start(site);

        // The source goes: the event's report now names an unknown source, an error, and the session goes on.
        File.Delete(Path.Combine(site.Root, "content/sources/envoy-talks.md"));
        await host.PageWhen(EventPage, p => p.Contains("briefingbook-overlay\"", StringComparison.Ordinal));

        // A whole watched folder goes, and comes back.
        Directory.Delete(Path.Combine(site.Root, "content/actors"), recursive: true);
        await host.PageWhen(EventPage, p => p.Contains("unknown actor", StringComparison.Ordinal));

        // A file that cannot be read: unreadable by mode (when not root), and a link to nowhere.
        var seed = Path.Combine(site.Root, "seeds/envoy.txt");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(seed, UnixFileMode.None);
        File.CreateSymbolicLink(Path.Combine(site.Root, "content/events/dangling.md"), Path.Combine(site.Root, "gone.md"));
        await host.PageWhen(EventPage, p => p.Contains("dangling.md", StringComparison.Ordinal));

        // Put everything back: the book builds again and the overlay goes.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(seed, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Delete(Path.Combine(site.Root, "content/events/dangling.md"));
        using var fresh = TestSite.Minimal();
        TestSite.CopyTree(Path.Combine(fresh.Root, "content/actors"), Path.Combine(site.Root, "content/actors"));
        File.Copy(Path.Combine(fresh.Root, "content/sources/envoy-talks.md"), Path.Combine(site.Root, "content/sources/envoy-talks.md"));
        WriteEvent(site, "Back again.");
        var page = await host.PageWhen(EventPage, p => p.Contains("Back again", StringComparison.Ordinal) && !p.Contains("briefingbook-overlay\"", StringComparison.Ordinal));
        Assert.Contains("Special Envoy", page, StringComparison.Ordinal);
        Assert.Empty(host.Server.Preview.Status.Errors);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_that_names_it_and_suggests_another()
    {
        using var site = TestSite.Minimal();
        await using var host = await PreviewHost.Start(site);
        var port = host.Server.Address.Port;

        var outcome = Executable.Run("serve", "--root", site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, outcome.Exit);
        var line = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"port {port} is in use", line, StringComparison.Ordinal);
        Assert.Contains("--port", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_prints_the_address_and_each_diagnostic_with_a_timestamp_and_stops_cleanly_on_ctrl_c()
    {
        using var site = TestSite.Minimal();
        site.WriteEvent(actors: "[special-envoi]");

        var outcome = Executable.RunUntil(["serve", "--root", site.Root, "--port", "0"], output => output.Contains("serving ", StringComparison.Ordinal));

        Assert.True(outcome.Exit == 0, $"exit {outcome.Exit}\n{outcome.Stdout}\n{outcome.Stderr}");
        Assert.Matches(@"(?m)^\d\d:\d\d:\d\d content/events/envoy-meets-minister\.md:\d+: error BB0101: unknown actor `special-envoi`; did you mean `special-envoy`\?$", outcome.Stderr);
        Assert.Matches(@"(?m)^\d\d:\d\d:\d\d build failed: 1 error, 0 warnings; serving the last good pages", outcome.Stderr);
        Assert.Matches(@"(?m)^\d\d:\d\d:\d\d serving .* at http://127\.0\.0\.1:\d+/ \(Ctrl\+C stops\)$", outcome.Stdout);
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The minimal book's event with a summary (its Markdown body), so a test can tell versions of its page apart.</summary>
    private static void WriteEvent(TestSite site, string summary, string actors = "[special-envoy, kabul-government]") =>
        site.Write("content/events/envoy-meets-minister.md",
            $"---\ntitle: The envoy meets the minister\ndate: 2025-04-21\nactors: {actors}\nreports:\n  - source: envoy-talks\n"
            + $"    quote: \"The special envoy met the acting foreign minister in Kabul\"\n---\n{summary}\n");
}
