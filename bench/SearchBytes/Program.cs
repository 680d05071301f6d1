using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

// Usage: SearchBytes [--gzip] SITE QUERY [PAGE]
// Serves SITE (built with --pretty-urls and indexed by `build --search`) on 127.0.0.1, opens PAGE (default: an
// event page) in headless Chromium with a cold cache, types QUERY in the search box, waits for the first results,
// and prints the bytes transferred: for the page itself, and for the search (Pagefind's UI, its WebAssembly, the
// index chunks, the fragments of the results shown), then one line per file of the search.
// --gzip serves text files (HTML, CSS, JavaScript, JSON) gzip-compressed when the browser asks, as a static host
// such as Netlify does; Pagefind's index, fragments and WebAssembly are already compressed on disk either way.
var gzip = args.Contains("--gzip");
args = args.Where(a => a != "--gzip").ToArray();
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: SearchBytes [--gzip] SITE QUERY [PAGE]");
    return 2;
}

var site = Path.GetFullPath(args[0]);
// Served under the published site's Content-Security-Policy (netlify.toml in the current folder), so a policy that
// blocks what Pagefind needs shows up here as console errors.
var policy = File.Exists("netlify.toml")
    ? System.Text.RegularExpressions.Regex.Match(File.ReadAllText("netlify.toml"), "Content-Security-Policy = \"([^\"]+)\"").Groups[1].Value
    : "";
var query = args[1];
var start = args.Length > 2 ? args[2] : "";

using var listener = new HttpListener();
int port;
using (var probe = new TcpListener(IPAddress.Loopback, 0))
{
    probe.Start();
    port = ((IPEndPoint)probe.LocalEndpoint).Port;
}

var root = $"http://127.0.0.1:{port}/";
listener.Prefixes.Add(root);
listener.Start();
_ = Task.Run(async () =>
{
    while (listener.IsListening)
    {
        HttpListenerContext context;
        try
        {
            context = await listener.GetContextAsync();
        }
        catch (Exception)
        {
            return;
        }

        var path = Path.GetFullPath(Path.Combine(site, Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/')));
        if (Directory.Exists(path)) path = Path.Combine(path, "index.html");
        var found = path.StartsWith(site, StringComparison.Ordinal) && File.Exists(path);
        var bytes = found ? await File.ReadAllBytesAsync(path) : [];
        context.Response.StatusCode = found ? 200 : 404;
        var text = Path.GetExtension(path) is ".html" or ".css" or ".js" or ".json";
        if (gzip && found && text && (context.Request.Headers["Accept-Encoding"] ?? "").Contains("gzip", StringComparison.Ordinal))
        {
            using var packed = new MemoryStream();
            using (var zip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Optimal))
                zip.Write(bytes);
            bytes = packed.ToArray();
            context.Response.Headers["Content-Encoding"] = "gzip";
        }
        if (policy.Length > 0) context.Response.Headers["Content-Security-Policy"] = policy;
        context.Response.ContentType = Path.GetExtension(path) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css",
            ".js" => "text/javascript",
            _ => "application/octet-stream",
        };
        context.Response.ContentLength64 = bytes.Length;
        try
        {
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception)
        {
            // The browser went away.
        }
    }
});

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox"], Headless = true });
var context = await browser.NewContextAsync();
var page = await context.NewPageAsync();
page.Console += (_, message) =>
{
    if (message.Type is "error" or "warning") Console.Error.WriteLine("console: " + message.Text);
};
var searching = false;
long pageBytes = 0, searchBytes = 0;
int pageFiles = 0, searchFiles = 0;
var finished = new List<Task>();
var searchList = new List<(string Url, long Size)>();
page.RequestFinished += (_, request) => finished.Add(Task.Run(async () =>
{
    var sizes = await request.SizesAsync();
    long size = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
    lock (finished)
    {
        if (searching || request.Url.Contains("/pagefind/", StringComparison.Ordinal))
        {
            searchBytes += size;
            searchFiles++;
            searchList.Add((request.Url, size));
        }
        else
        {
            pageBytes += size;
            pageFiles++;
        }
    }
}));

await page.GotoAsync(root + start, new() { WaitUntil = WaitUntilState.NetworkIdle });
var input = page.Locator("#search input[type=search]");
await input.WaitForAsync(new() { Timeout = 30_000 });
searching = true;
await input.FillAsync(query);
await page.Locator("#search .search-results a").First.WaitForAsync(new() { Timeout = 30_000 });
await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
await Task.WhenAll(finished.ToArray());
var results = await page.Locator("#search .search-status").InnerTextAsync();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{(gzip ? "gzip" : "identity")}: page: {pageFiles} files, {pageBytes / 1024.0:0.0} KiB; search for \"{query}\": {searchFiles} files, {searchBytes / 1024.0:0.0} KiB ({results})"));
foreach (var (url, size) in searchList.OrderByDescending(f => f.Size))
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {size / 1024.0,8:0.0} KiB  {new Uri(url).AbsolutePath}"));
listener.Stop();
return 0;
