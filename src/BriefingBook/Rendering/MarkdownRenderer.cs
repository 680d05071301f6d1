using BriefingBook.Content;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Rendering;

/// <summary>Editors' Markdown to HTML, in the dialect of <see cref="EditorsMarkdown"/>: raw HTML off, unsafe links dropped.</summary>
public static class MarkdownRenderer
{
    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = EditorsMarkdown.Parse(markdown);
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

    /// <summary>A single line of Markdown without the surrounding paragraph, for notes inside a list item.</summary>
    public static string InlineToHtml(string? markdown)
    {
        var html = ToHtml(markdown).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }
}
