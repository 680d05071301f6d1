using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BriefingBook.Content.Articles;

/// <summary>
/// The visible text of an HTML page as blocks: every paragraph, heading, list item, quote and table row
/// becomes one block, so the line rules and the spec corpus see an HTML page the way a text scrape shows it.
/// Scripts, styles, forms, media and picture captions are not article text. Nothing is fetched: links and images stay attributes.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "picture", "img", "figcaption", "select", "option", "textarea", "button", "input", "head", "title", "meta", "link",
    };

    // Elements whose text is one block when they hold no other block.
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "tr", "caption",
        "div", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol", "dl", "table", "tbody",
        "thead", "tfoot", "figure", "form", "fieldset", "address", "details", "summary", "body", "html", "td", "th",
        "hr", "br",
    };

    // Below this depth an element's text is taken whole: a page of a hundred thousand nested tags must not
    // exhaust the stack.
    private const int MaxDepth = 200;

    private static readonly HashSet<string> Headings = new(StringComparer.OrdinalIgnoreCase) { "h1", "h2", "h3", "h4", "h5", "h6" };

    /// <summary>Parses a whole page; blocks carry the 1-based line of the page where they start.</summary>
    public static List<HtmlBlock> PageBlocks(string html) => PageBlocks(html, out _, out _);

    /// <summary>Also says how deep the page's elements nest and how many there are, for Readability's limits.</summary>
    public static List<HtmlBlock> PageBlocks(string html, out int depth, out int elements)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        (depth, elements) = Shape(document.DocumentElement);
        var blocks = new List<HtmlBlock>();
        if (document.Body is { } body) Walk(body, blocks, 0);
        return blocks;
    }

    /// <summary>Blocks of an HTML fragment (the article Readability kept); lines are not meaningful here.</summary>
    public static List<HtmlBlock> FragmentBlocks(string html) => PageBlocks("<!DOCTYPE html><html><body>" + html + "</body></html>");

    private static (int Depth, int Elements) Shape(IElement root)
    {
        var deepest = 0;
        var count = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            count++;
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children) pending.Push((child, depth + 1));
        }

        return (deepest, count);
    }

    /// <summary>The page as text, one block a line, blank lines between: what a text scraper would have saved.</summary>
    public static string AsText(IEnumerable<HtmlBlock> blocks) => string.Join("\n\n", blocks.Select(b => b.Text));

    private static void Walk(IElement element, List<HtmlBlock> blocks, int depth)
    {
        if (depth > MaxDepth)
        {
            var whole = BoilerplateRemover.CollapseSpaces(element.TextContent);
            if (whole.Length > 0) blocks.Add(new HtmlBlock(whole, false, LineOf(element)));
            return;
        }

        var inline = new System.Text.StringBuilder();
        var inlineLine = 0;

        void FlushInline()
        {
            var text = BoilerplateRemover.CollapseSpaces(inline.ToString());
            if (text.Length > 0) blocks.Add(new HtmlBlock(text, false, inlineLine));
            inline.Clear();
            inlineLine = 0;
        }

        var isRow = element.LocalName is "tr";
        foreach (var node in element.ChildNodes)
        {
            if (node is IText textNode)
            {
                if (inlineLine == 0 && !string.IsNullOrWhiteSpace(textNode.Data)) inlineLine = LineOf(element);
                inline.Append(textNode.Data);
                continue;
            }

            if (node is not IElement child || Skipped.Contains(child.LocalName)) continue;
            if (child.LocalName is "br")
            {
                FlushInline();
                continue;
            }

            if (isRow || !Blocks.Contains(child.LocalName))
            {
                // Inline markup (a, em, span…) and table cells flow into the current block.
                if (inlineLine == 0) inlineLine = LineOf(child);
                inline.Append(' ').Append(VisibleText(child, depth + 1)).Append(' ');
                continue;
            }

            FlushInline();
            if (Headings.Contains(child.LocalName) || !HasBlockChild(child))
            {
                var text = BoilerplateRemover.CollapseSpaces(VisibleText(child, depth + 1));
                if (text.Length > 0) blocks.Add(new HtmlBlock(text, Headings.Contains(child.LocalName), LineOf(child)));
            }
            else
            {
                Walk(child, blocks, depth + 1);
            }
        }

        FlushInline();
    }

    private static bool HasBlockChild(IElement element) =>
        element.Children.Any(c => !Skipped.Contains(c.LocalName) && c.LocalName != "br" && Blocks.Contains(c.LocalName) && element.LocalName != "tr");

    private static string VisibleText(IElement element, int depth)
    {
        if (Skipped.Contains(element.LocalName)) return "";
        if (depth > MaxDepth) return element.TextContent;
        var text = new System.Text.StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IText t) text.Append(t.Data);
            else if (node is IElement e && e.LocalName is "br") text.Append(' ');
            else if (node is IElement e2) text.Append(e2.LocalName is "td" or "th" ? " " : "").Append(VisibleText(e2, depth + 1)).Append(e2.LocalName is "td" or "th" or "li" ? " " : "");
        }

        return text.ToString();
    }

    private static int LineOf(IElement element) => element.SourceReference?.Position.Line ?? 0;
}
