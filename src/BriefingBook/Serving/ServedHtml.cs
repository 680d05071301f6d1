using System.Text;
using System.Text.RegularExpressions;
using BriefingBook.Rendering;

namespace BriefingBook.Serving;

/// <summary>
/// What <c>serve</c> changes in a page on its way to the browser, and nowhere else: the site's files stay
/// script-free. The page's own <c>Content-Security-Policy</c> meta tag goes (it forbids all script, and a meta
/// policy cannot be loosened by a header), replaced by <see cref="Policy"/> in a header, which allows one script:
/// the reload script, by a nonce fresh for each response. When the book is broken, an overlay lists the errors,
/// each escaped: diagnostics quote file names and content, which are hostile input.
/// </summary>
public static partial class ServedHtml
{
    /// <summary>Where the server's own files live; no site file can be there (the renderer writes no such folder).</summary>
    public const string Prefix = "/__briefingbook/";

    public const string ScriptPath = Prefix + "live.js";
    public const string StylePath = Prefix + "overlay.css";
    public const string EventsPath = Prefix + "events";

    /// <summary>
    /// The published site's policy, with script allowed only by <paramref name="nonce"/> (the reload script) and
    /// connections only to this server (its event stream).
    /// </summary>
    public static string Policy(string nonce) =>
        "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; "
        + $"form-action 'none'; frame-ancestors 'none'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'nonce-{nonce}'";

    /// <summary>The page as served: its meta policy removed, the overlay (if any errors) and the reload script added before <c>&lt;/body&gt;</c>.</summary>
    public static byte[] Inject(ReadOnlySpan<byte> page, PreviewStatus status, string nonce)
    {
        var html = MetaPolicy().Replace(Encoding.UTF8.GetString(page), "");
        var added = new StringBuilder();
        if (status.Errors.Count > 0)
        {
            added.Append("<aside id=\"briefingbook-overlay\" role=\"alert\"><p><strong>")
                .Append(status.Errors.Count == 1 ? "1 error" : $"{status.Errors.Count} errors")
                .Append("</strong>: showing the last good pages until this is fixed.</p><ul>");
            foreach (var error in status.Errors) added.Append("<li><code>").Append(Html.Escape(error)).Append("</code></li>");
            added.Append("</ul></aside>");
        }

        added.Append("<link rel=\"stylesheet\" href=\"").Append(StylePath).Append("\">")
            .Append("<script src=\"").Append(ScriptPath).Append("\" nonce=\"").Append(nonce).Append("\"></script>");
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = at < 0 ? html + added : html.Insert(at, added.ToString());
        return Encoding.UTF8.GetBytes(html);
    }

    /// <summary>
    /// Listens for the server's reload events for this page. A tab whose event stream breaks (the server stopped)
    /// lets EventSource retry; on a new server it simply keeps listening.
    /// </summary>
    public const string Script = """
        "use strict";
        (() => {
          const events = new EventSource("/__briefingbook/events?path=" + encodeURIComponent(location.pathname));
          events.addEventListener("reload", () => { events.close(); location.reload(); });
        })();

        """;

    public const string Style = """
        #briefingbook-overlay { position: fixed; inset: auto 0 0 0; max-height: 60vh; overflow: auto; z-index: 2147483647;
          margin: 0; padding: 1rem 1.5rem; background: #2b0b0b; color: #fde8e8; border-top: 4px solid #e5484d;
          font: 14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; box-shadow: 0 -4px 24px rgb(0 0 0 / 40%); }
        #briefingbook-overlay p { margin: 0 0 .5rem; max-width: none; }
        #briefingbook-overlay ul { margin: 0; padding: 0; list-style: none; max-width: none; }
        #briefingbook-overlay li { margin: .25rem 0; max-width: none; white-space: pre-wrap; overflow-wrap: anywhere; }
        #briefingbook-overlay code { font: inherit; color: inherit; background: none; }

        """;

    [GeneratedRegex("""<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy\b[^>]*>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaPolicy();
}
