using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBook.Serving;

/// <summary>
/// <c>serve</c>: a <see cref="BookPreview"/> served over HTTP by Kestrel on 127.0.0.1. It serves the live files
/// of the in-memory site (GET and HEAD only; a folder's <c>index.html</c>; the site's <c>404.html</c> for what is
/// missing; never a listing), adds the reload script and error overlay to pages as they are sent
/// (<see cref="ServedHtml"/>), and streams reload events to open tabs from <see cref="ServedHtml.EventsPath"/>.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly byte[] ScriptBytes = Encoding.UTF8.GetBytes(ServedHtml.Script);
    private static readonly byte[] StyleBytes = Encoding.UTF8.GetBytes(ServedHtml.Style);
    private static readonly byte[] NoSiteYet = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not built yet</title>\n</head>\n<body>\n<p>The book has not built yet. This page reloads when it does.</p>\n</body>\n</html>\n");
    private static readonly byte[] NoSuchPage = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not found</title>\n</head>\n<body>\n<p>No page here.</p>\n</body>\n</html>\n");

    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, BookPreview preview, Uri address)
    {
        _app = app;
        Preview = preview;
        Address = address;
    }

    /// <summary>Where the book is served, with the port actually bound (for <c>--port 0</c>).</summary>
    public Uri Address { get; }

    public BookPreview Preview { get; }

    /// <summary>
    /// Binds the port (so a port in use fails at once, before a long build), then builds the book once.
    /// </summary>
    /// <exception cref="IOException">The port is in use or cannot be bound: one line, naming the port.</exception>
    public static async Task<PreviewServer> StartAsync(ServeOptions options, Action<PreviewBuild> report, CancellationToken cancel)
    {
        // The empty builder reads no configuration: no appsettings.json from the book (hostile input) and no
        // ASPNETCORE_URLS, so nothing but these lines decides where the server listens.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, options.Port);
        });
        // Open event streams end when the server stops; don't wait long for anything else.
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var preview = new BookPreview(options, report);
        app.Run(context => Serve(context, preview, app.Lifetime.ApplicationStopping));
        try
        {
            await app.StartAsync(cancel).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            preview.Dispose();
            await app.DisposeAsync().ConfigureAwait(false);
            throw new IOException(
                string.Create(CultureInfo.InvariantCulture, $"port {options.Port} is in use on 127.0.0.1; choose another with --port (--port 0 picks a free one)"), e);
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var server = new PreviewServer(app, preview, new Uri(bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/"));
        try
        {
            await Task.Run(() => preview.BuildFirst(cancel), cancel).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return server;
    }

    /// <summary>Rebuilds on every change until cancelled (Ctrl+C), then stops serving.</summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        await Preview.WatchAsync(cancel).ConfigureAwait(false);
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        Preview.Dispose();
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task Serve(HttpContext context, BookPreview preview, CancellationToken stopping)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        response.Headers.ContentSecurityPolicy = ServedHtml.Policy(nonce);

        // A web page elsewhere could point a host name of its own at 127.0.0.1 (DNS rebinding) and read the
        // preview; only the loopback names are answered.
        if (request.Host.Host is not ("127.0.0.1" or "localhost" or "[::1]" or "::1"))
        {
            await Send(context, StatusCodes.Status421MisdirectedRequest, "text/plain; charset=utf-8", "serve answers only on localhost\n"u8.ToArray()).ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Send(context, StatusCodes.Status405MethodNotAllowed, "text/plain; charset=utf-8", "only GET and HEAD\n"u8.ToArray()).ConfigureAwait(false);
            return;
        }

        var path = request.Path.Value ?? "/";
        if (path.StartsWith(ServedHtml.Prefix, StringComparison.Ordinal))
        {
            await ServeOwn(context, preview, path, stopping).ConfigureAwait(false);
            return;
        }

        var files = preview.Site.Files;
        var candidates = SitePath.Candidates(path);
        var found = candidates.FirstOrDefault(files.ContainsKey);
        if (found is not null && found != candidates[0] && !path.EndsWith('/'))
        {
            // `/actors` is the folder `/actors/`: redirect, so that the page's relative links resolve.
            response.Headers.Location = path + "/" + request.QueryString;
            response.StatusCode = StatusCodes.Status302Found;
            return;
        }

        var status = StatusCodes.Status200OK;
        if (found is null)
        {
            status = StatusCodes.Status404NotFound;
            if (!files.ContainsKey(Rendering.SiteUrls.NotFound))
            {
                // No site yet (the first build failed or is running): a page of our own, so that the overlay
                // shows the errors and the tab reloads once the book builds.
                var stand = files.Count == 0 ? NoSiteYet : NoSuchPage;
                await Send(context, status, "text/html; charset=utf-8", ServedHtml.Inject(stand, preview.Status, nonce)).ConfigureAwait(false);
                return;
            }

            found = Rendering.SiteUrls.NotFound;
        }

        var bytes = files[found];
        var type = TypeOf(found);
        if (type.StartsWith("text/html", StringComparison.Ordinal)) bytes = ServedHtml.Inject(bytes, preview.Status, nonce);
        await Send(context, status, type, bytes).ConfigureAwait(false);
    }

    private static async Task ServeOwn(HttpContext context, BookPreview preview, string path, CancellationToken stopping)
    {
        switch (path)
        {
            case ServedHtml.ScriptPath:
                await Send(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", ScriptBytes).ConfigureAwait(false);
                return;
            case ServedHtml.StylePath:
                await Send(context, StatusCodes.Status200OK, "text/css; charset=utf-8", StyleBytes).ConfigureAwait(false);
                return;
            case ServedHtml.EventsPath when HttpMethods.IsGet(context.Request.Method):
                await StreamEvents(context, preview, stopping).ConfigureAwait(false);
                return;
            default:
                await Send(context, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "not found\n"u8.ToArray()).ConfigureAwait(false);
                return;
        }
    }

    private static async Task StreamEvents(HttpContext context, BookPreview preview, CancellationToken stopping)
    {
        var files = preview.Site.Files;
        var page = SitePath.Candidates(context.Request.Query["path"].ToString());
        // A tab showing the 404 page reloads when that page changes too (or when its own page appears).
        IReadOnlyList<string> watched = page.Any(files.ContainsKey) ? page : [.. page, Rendering.SiteUrls.NotFound];
        using var listener = preview.Tabs.Listen(watched);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        try
        {
            await response.WriteAsync(": listening\n\n", done.Token).ConfigureAwait(false);
            await response.Body.FlushAsync(done.Token).ConfigureAwait(false);
            await foreach (var build in listener.Reloads.ReadAllAsync(done.Token).ConfigureAwait(false))
            {
                await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"event: reload\ndata: {build}\n\n"), done.Token).ConfigureAwait(false);
                await response.Body.FlushAsync(done.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping.
        }
        catch (IOException)
        {
            // The connection broke.
        }
    }

    private static async Task Send(HttpContext context, int status, string type, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = body.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private static string TypeOf(string file)
    {
        if (!ContentTypes.TryGetContentType(file, out var type)) return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/javascript" or "image/svg+xml"
            ? type + "; charset=utf-8"
            : type;
    }
}
