using Markdig;

namespace BriefingBook.Rendering;

/// <summary>
/// Editors' Markdown to HTML. The pipeline is built once (Markdig pipelines are immutable and thread-safe)
/// and has raw HTML turned off: an editor's <c>&lt;script&gt;</c> is shown as text, never run.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToHtml(markdown, Pipeline);

    /// <summary>A single line of Markdown without the surrounding paragraph, for notes inside a list item.</summary>
    public static string InlineToHtml(string? markdown)
    {
        var html = ToHtml(markdown).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }
}
