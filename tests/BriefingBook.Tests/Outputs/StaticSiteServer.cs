using System.Net;
using System.Net.Sockets;

namespace BriefingBook.Tests.Outputs;

/// <summary>
/// Serves a built site from disk on 127.0.0.1 as a web host would (a folder URL serves its index.html), with the
/// headers of <c>netlify.toml</c>'s <c>/*</c> rule, so a browser test runs under the published site's policy.
/// </summary>
internal sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly IReadOnlyDictionary<string, string> _headers;

    public StaticSiteServer(string root, IReadOnlyDictionary<string, string> headers)
    {
        _root = Path.GetFullPath(root);
        _headers = headers;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(Loop);
    }

    public string BaseUrl { get; }

    public void Dispose() => _listener.Close();

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
                var file = Path.GetFullPath(Path.Combine(_root, path));
                if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
                var response = context.Response;
                if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
                {
                    response.StatusCode = 404;
                    file = Path.Combine(_root, "404.html");
                }

                foreach (var (name, value) in _headers) response.Headers[name] = value;
                response.ContentType = Path.GetExtension(file) switch
                {
                    ".html" => "text/html; charset=utf-8",
                    ".css" => "text/css",
                    ".js" => "text/javascript",
                    ".json" => "application/json",
                    ".wasm" or ".pagefind" or ".pf_meta" or ".pf_index" or ".pf_fragment" or ".pf_filter" => "application/octet-stream",
                    _ => "application/octet-stream",
                };
                var bytes = File.Exists(file) ? await File.ReadAllBytesAsync(file) : [];
                response.ContentLength64 = bytes.Length;
                await response.OutputStream.WriteAsync(bytes);
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The browser went away mid-response.
            }
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
