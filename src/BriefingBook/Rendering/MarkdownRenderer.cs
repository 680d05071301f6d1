using BriefingBook.Content;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Rendering;

/// <summary>Editors' Markdown to HTML, in the dialect of <see cref="EditorsMarkdown"/>: raw HTML off, unsafe links dropped.</summary>
public static partial class MarkdownRenderer
{
    public static string ToHtml(string? markdown) => ToHtml(markdown, null);

    /// <summary>
    /// As <see cref="ToHtml(string?)"/>, and where the text says "line 21" of a seed, links it to the place
    /// <paramref name="lineHref"/> gives for that line (the paragraph holding it, or the numbered line of the raw
    /// scrape); a line it has no place for stays plain text. Text inside links and code is left alone.
    /// </summary>
    public static string ToHtml(string? markdown, Func<int, string?>? lineHref)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = EditorsMarkdown.Parse(markdown);
        if (lineHref is not null) LinkLines(document, lineHref);
        // Validation has reported these already (a build with errors renders nothing); this is the second
        // line of defence, so that no path to the renderer can publish a `javascript:` or `data:` link.
        foreach (var (inline, url, _) in EditorsMarkdown.Targets(document).ToList())
        {
            if (LinkPolicy.IsAllowed(url)) continue;
            switch (inline)
            {
                case LinkInline link:
                    link.Url = "";
                    break;
                case AutolinkInline auto:
                    auto.Url = "";
                    break;
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        EditorsMarkdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static void LinkLines(MarkdownDocument document, Func<int, string?> lineHref)
    {
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (literal.FirstParentOfType<LinkInline>() is not null) continue;
            var text = literal.Content.ToString();
            var matches = LineReference().Matches(text);
            if (matches.Count == 0) continue;
            Inline last = literal;
            var at = 0;
            foreach (System.Text.RegularExpressions.Match m in matches)
            {
                var href = int.TryParse(m.Groups[1].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line) ? lineHref(line) : null;
                if (href is null) continue;
                if (m.Index > at) last = Insert(last, new LiteralInline(text[at..m.Index]));
                var link = new LinkInline(href, "");
                link.AppendChild(new LiteralInline(m.Value));
                last = Insert(last, link);
                at = m.Index + m.Length;
            }

            if (at == 0) continue;
            if (at < text.Length) Insert(last, new LiteralInline(text[at..]));
            literal.Remove();
        }
    }

    private static Inline Insert(Inline after, Inline inline)
    {
        after.InsertAfter(inline);
        return inline;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[Ll]ine (\d{1,6})\b")]
    private static partial System.Text.RegularExpressions.Regex LineReference();

    /// <summary>A single line of Markdown without the surrounding paragraph, for notes inside a list item.</summary>
    public static string InlineToHtml(string? markdown, Func<int, string?>? lineHref = null)
    {
        var html = ToHtml(markdown, lineHref).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }
}
