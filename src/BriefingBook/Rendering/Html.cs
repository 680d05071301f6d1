using System.Buffers;
using System.Net;
using System.Text;

namespace BriefingBook.Rendering;

/// <summary>HTML escaping for text we assemble into markup ourselves (templates escape on their own).</summary>
public static class Html
{
    // What WebUtility.HtmlEncode rewrites: the five markup characters, U+00A0–U+00FF (as numeric references)
    // and surrogates (a pair as one numeric reference, a lone one as U+FFFD).
    private static readonly SearchValues<char> Escaped = SearchValues.Create("<>\"'&" + Latin1Upper() + Surrogates());

    public static string Escape(string? text) => text is null ? "" : WebUtility.HtmlEncode(text);

    /// <summary>
    /// Appends <paramref name="text"/> escaped exactly as <see cref="Escape"/> would, without a string for
    /// the slice or for its escaped form when it needs no escaping (most of an article's text).
    /// </summary>
    public static StringBuilder AppendEscaped(this StringBuilder html, ReadOnlySpan<char> text)
    {
        var at = 0;
        while (at < text.Length)
        {
            var next = text[at..].IndexOfAny(Escaped);
            if (next < 0) return html.Append(text[at..]);
            html.Append(text.Slice(at, next));
            at += next;
            // A run of characters that need escaping goes through the framework's encoder, so the output
            // is byte for byte what Escape gives (a surrogate pair stays whole: the run ends at a safe character).
            var end = text[at..].IndexOfAnyExcept(Escaped);
            var run = end < 0 ? text[at..] : text.Slice(at, end);
            html.Append(WebUtility.HtmlEncode(run.ToString()));
            at += run.Length;
        }

        return html;
    }

    private static string Latin1Upper() => string.Concat(Enumerable.Range(0xA0, 0x60).Select(c => (char)c));

    private static string Surrogates() => string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c));
}
