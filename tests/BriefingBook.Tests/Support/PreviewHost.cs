using System.Collections.Concurrent;
using System.Net.Http.Headers;
using BriefingBook.Serving;

namespace BriefingBook.Tests.Support;

/// <summary>
/// A preview server on a free port of 127.0.0.1, in this process, for a <see cref="TestSite"/>; with an HTTP
/// client, the builds it reported, and a way to wait (with generous patience, never a timing assert) for the
/// next one.
/// </summary>
internal sealed class PreviewHost : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    private PreviewHost(PreviewServer server, BlockingCollection<PreviewBuild> builds)
    {
        Server = server;
        Builds = builds;
        Http = new HttpClient { BaseAddress = server.Address, Timeout = Patience };
        _running = Task.Run(() => server.RunAsync(_stop.Token));
    }

    public PreviewServer Server { get; }

    public BlockingCollection<PreviewBuild> Builds { get; }

    public HttpClient Http { get; }

    public static async Task<PreviewHost> Start(TestSite site, bool pretty = false)
    {
        var builds = new BlockingCollection<PreviewBuild>();
        var server = await PreviewServer.StartAsync(new ServeOptions(site.Root, Port: 0, PrettyUrls: pretty), builds.Add, CancellationToken.None);
        var host = new PreviewHost(server, builds);
        Assert.True(host.Builds.TryTake(out var first, Patience));
        Assert.True(first.First);
        return host;
    }

    /// <summary>The next build after a change, asserting one comes.</summary>
    public PreviewBuild NextBuild()
    {
        Assert.True(Builds.TryTake(out var build, Patience), "no rebuild after the change");
        return build;
    }

    /// <summary>Polls <paramref name="path"/> until its body satisfies <paramref name="ready"/>; returns that body.</summary>
    public async Task<string> PageWhen(string path, Func<string, bool> ready)
    {
        var deadline = DateTime.UtcNow + Patience;
        var body = "";
        while (DateTime.UtcNow < deadline)
        {
            body = await Http.GetStringAsync(new Uri(path, UriKind.Relative));
            if (ready(body)) return body;
            await Task.Delay(50);
        }

        Assert.Fail($"`{path}` never became what the test waited for; last body:\n{body}");
        return body;
    }

    /// <summary>Opens the reload event stream as a tab showing <paramref name="page"/> does, once it is listening.</summary>
    public async Task<ReloadStream> Listen(string page)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(ServedHtml.EventsPath + "?path=" + Uri.EscapeDataString(page), UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.StartsWith("text/event-stream", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var stream = new ReloadStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        Assert.Equal(": listening", await stream.ReadLine());
        return stream;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running.WaitAsync(Patience);
        await Server.DisposeAsync();
        Http.Dispose();
        _stop.Dispose();
    }
}
