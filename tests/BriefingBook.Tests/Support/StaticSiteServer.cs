using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace BriefingBook.Tests.Support;

/// <summary>
/// A built site served from disk on a free port of 127.0.0.1, with the headers the host sends in production
/// (the <c>Content-Security-Policy</c> and the others of <c>netlify.toml</c>), so a browser test sees the policy readers get.
/// </summary>
internal sealed partial class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<StaticSiteServer> StartAsync(string folder)
    {
        var headers = ProductionHeaders();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            foreach (var (name, value) in headers) context.Response.Headers[name] = value;
            await next(context);
        });
        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>The headers <c>netlify.toml</c> sets for every path (<c>for = "/*"</c>).</summary>
    public static IReadOnlyList<(string Name, string Value)> ProductionHeaders()
    {
        var toml = File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml"));
        var block = AllPaths().Match(toml);
        Assert.True(block.Success, "netlify.toml has no [[headers]] block for \"/*\"");
        var headers = HeaderLine().Matches(block.Groups["values"].Value).Select(m => (m.Groups["name"].Value, m.Groups["value"].Value)).ToList();
        Assert.Contains(headers, h => h.Item1 == "Content-Security-Policy");
        return headers;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex(@"for\s*=\s*""/\*""\s*\[headers\.values\](?<values>(?:\s*[A-Za-z-]+\s*=\s*""[^""]*"")+)")]
    private static partial Regex AllPaths();

    [GeneratedRegex(@"(?<name>[A-Za-z-]+)\s*=\s*""(?<value>[^""]*)""")]
    private static partial Regex HeaderLine();
}
