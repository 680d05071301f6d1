using BriefingBook.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Content;

/// <summary>
/// The one Markdown dialect editors write in. The pipeline is built once (Markdig pipelines are immutable
/// and thread-safe) and has raw HTML turned off: an editor's <c>&lt;script&gt;</c> is text, never markup.
/// Links are held to <see cref="LinkPolicy"/>: reported with their line when the book is loaded, and dropped
/// again when rendering, so a bypassed check still publishes no <c>javascript:</c> link.
/// </summary>
public static class EditorsMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>Every link and image target in a parsed document, with its 0-based line.</summary>
    public static IEnumerable<(Inline Inline, string Url, int Line)> Targets(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline { Url: { } url } link:
                    yield return (link, url, link.Line);
                    break;
                case AutolinkInline { Url: { } url } auto:
                    yield return (auto, url, auto.Line);
                    break;
            }
        }
    }

    /// <summary>Reports each link whose scheme is not allowed, at its line (<paramref name="firstLine"/> is the Markdown's first line in the file).</summary>
    public static void Check(string file, string markdown, int firstLine, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return;
        foreach (var (inline, url, line) in Targets(Parse(markdown)))
        {
            if (LinkPolicy.IsAllowed(url)) continue;
            var what = inline is LinkInline { IsImage: true } ? "image" : "link";
            diagnostics.Error(DiagnosticCodes.UnsafeLink, new SourceLocation(file, firstLine + line),
                $"{what} to `{url}`: only http, https, mailto and relative links are allowed (`{LinkPolicy.Scheme(url)}:` links can run script or carry a page of their own)");
        }
    }
}
