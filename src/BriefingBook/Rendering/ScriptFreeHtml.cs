using System.Net;
using BriefingBook.Content;

namespace BriefingBook.Rendering;

/// <summary>
/// The last line of defence for "everything from a seed or front matter is escaped, whatever the template
/// does": every rendered page is scanned for what only unescaped input or a hostile template could put
/// there — a script, frame, object or base element, an event-handler attribute, a meta refresh, or a link
/// whose scheme <see cref="LinkPolicy"/> does not allow — and the build fails instead of publishing it.
/// Because all text is escaped, every <c>&lt;</c> in a page starts markup, so one linear pass over the tags
/// suffices (no DOM is built: it runs on every page of a large book).
/// Two script elements are allowed, each in exactly one form, because the base layout writes them and nothing from
/// the content can: the page's schema.org data block (<c>&lt;script type="application/ld+json"&gt;</c>, which browsers
/// never run, with no <c>&lt;</c> before its end tag: <see cref="StructuredData"/> escapes every one), and the
/// search box's loader (<c>&lt;script src="…assets/search.js" defer&gt;&lt;/script&gt;</c>, a same-site relative or
/// root path, nothing inside).
/// </summary>
public static partial class ScriptFreeHtml
{
    private static readonly HashSet<string> ForbiddenElements =
        new(["script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> UrlAttributes =
        new(["href", "src", "action", "formaction", "poster", "background", "cite", "data", "xlink:href", "srcset", "ping", "manifest"], StringComparer.OrdinalIgnoreCase);

    // Looked up by span: names and values are read in place, not copied (the check runs on every tag of
    // every page, and copies of them were a tenth of what rendering allocated).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Forbidden = ForbiddenElements.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Urls = UrlAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first thing in <paramref name="html"/> that could run script, described for a reader; null when there is none.</summary>
    public static string? FindScript(string html)
    {
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            i++;
            if (i < html.Length && html[i] is '/' or '!' or '?')
            {
                i = SkipTo(html, i, '>');
                continue;
            }

            var nameStart = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or ':')) i++;
            var element = html.AsSpan(nameStart, i - nameStart);
            if (element.Length == 0) continue;
            if (element.Equals("script", StringComparison.OrdinalIgnoreCase))
            {
                if (AllowedScript(html, ref i) is { } script) return script;
                continue;
            }

            if (Forbidden.Contains(element)) return $"a <{element.ToString().ToLowerInvariant()}> element";

            string? httpEquiv = null;
            while (true)
            {
                while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/')) i++;
                if (i >= html.Length || html[i] == '>') break;
                // Lenient: an unquoted value, or a quote that never closes (to the end of the page), is read as a browser would.
                _ = ReadAttribute(html, ref i, out var attribute, out var value);
                if (attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase) && attribute.Length > 2)
                    return $"an event-handler attribute `{attribute.ToString()}` on <{element.ToString()}>";
                if (attribute.Equals("http-equiv", StringComparison.OrdinalIgnoreCase)) httpEquiv = value.ToString();
                // A value with no colon, even once decoded, is a relative link: allowed without a closer look.
                if (Urls.Contains(attribute) && (value.Contains(':') || value.Contains('&')))
                {
                    var url = WebUtility.HtmlDecode(value.ToString());
                    foreach (var candidate in attribute.Equals("srcset", StringComparison.OrdinalIgnoreCase) ? url.Split(',').Select(c => c.Trim().Split(' ')[0]) : [url])
                    {
                        if (!LinkPolicy.IsAllowed(candidate))
                            return $"a `{LinkPolicy.Scheme(candidate)}:` URL in the `{attribute.ToString()}` of <{element.ToString()}>";
                    }
                }
            }

            if (httpEquiv is not null && httpEquiv.Equals("refresh", StringComparison.OrdinalIgnoreCase))
                return "a <meta http-equiv=\"refresh\">";
        }

        return null;
    }

    /// <summary>
    /// Reads a script element's attributes and content from just after its name. Null, with <paramref name="i"/> past
    /// its end tag, when it is one of the two allowed forms; otherwise what is wrong with it.
    /// </summary>
    private static string? AllowedScript(string html, ref int i)
    {
        string? type = null, src = null;
        var defer = false;
        var others = 0;
        while (true)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length) return "a <script> element";
            if (html[i] == '>')
            {
                i++;
                break;
            }

            // Strict: every value quoted and closed, each of the three attributes once, nothing else.
            var read = ReadAttribute(html, ref i, out var attribute, out var value);
            if (read is AttributeValue.Unquoted or AttributeValue.Unclosed) return "a <script> element";
            var hasValue = read == AttributeValue.Quoted;
            if (attribute.SequenceEqual("type") && type is null && hasValue) type = value.ToString();
            else if (attribute.SequenceEqual("src") && src is null && hasValue) src = value.ToString();
            else if (attribute.SequenceEqual("defer") && !defer && !hasValue) defer = true;
            else others++;
        }

        var endTag = html.IndexOf('<', i);
        var closes = endTag >= 0 && string.Compare(html, endTag, "</script>", 0, 9, StringComparison.OrdinalIgnoreCase) == 0;
        if (others == 0 && type == "application/ld+json" && src is null && !defer)
        {
            // A data block: its text may be anything but a "<" (which could start "</script" or "<!--").
            if (!closes) return "a <script type=\"application/ld+json\"> block with a `<` inside it";
            i = endTag + 9;
            return null;
        }

        if (others == 0 && type is null && defer && src is not null && SearchScript().IsMatch(src) && closes && endTag == i)
        {
            i = endTag + 9;
            return null;
        }

        return "a <script> element";
    }

    /// <summary>The search box's loader, by a same-site path: relative (<c>../../assets/search.js</c>) or from the root (<c>/book/assets/search.js</c>, the 404 page's form).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:\.\./)*|(?:/[A-Za-z0-9._~-]+)*/)assets/search\.js$")]
    private static partial System.Text.RegularExpressions.Regex SearchScript();

    /// <summary>What followed an attribute's name.</summary>
    private enum AttributeValue
    {
        None,
        Quoted,
        Unquoted,

        /// <summary>A quote that never closes: the value runs to the end of the page.</summary>
        Unclosed,
    }

    /// <summary>
    /// Reads one attribute from <paramref name="i"/> (at its name) the way both checks see it, so the general scan and
    /// the script check cannot read one tag differently: its name, and its value (empty without one), leaving
    /// <paramref name="i"/> after it.
    /// </summary>
    private static AttributeValue ReadAttribute(string html, ref int i, out ReadOnlySpan<char> name, out ReadOnlySpan<char> value)
    {
        var nameStart = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not '=' and not '>' and not '/') i++;
        name = html.AsSpan(nameStart, i - nameStart);
        value = ReadOnlySpan<char>.Empty;
        while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
        if (i >= html.Length || html[i] != '=') return AttributeValue.None;
        i++;
        while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
        if (i < html.Length && html[i] is '"' or '\'')
        {
            var close = html.IndexOf(html[i], i + 1);
            if (close < 0)
            {
                value = html.AsSpan(i + 1);
                i = html.Length;
                return AttributeValue.Unclosed;
            }

            value = html.AsSpan(i + 1, close - (i + 1));
            i = close + 1;
            return AttributeValue.Quoted;
        }

        var start = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
        value = html.AsSpan(start, i - start);
        return AttributeValue.Unquoted;
    }

    private static int SkipTo(string html, int from, char c)
    {
        var at = html.IndexOf(c, from);
        return at < 0 ? html.Length : at + 1;
    }
}
