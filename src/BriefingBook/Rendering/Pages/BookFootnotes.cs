using System.Globalization;
using BriefingBook.Content;
using BriefingBook.Rendering.Views;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Rendering.Pages;

/// <summary>
/// The printable book's links out of the book, numbered in the order they first appear: on paper a link's
/// address is lost, so each one is followed by <c>[n]</c> and listed in full at the end. One address cited
/// twice keeps its first number.
/// </summary>
internal sealed class BookFootnotes
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<BookFootnoteView> _notes = [];

    public IReadOnlyList<BookFootnoteView> All => _notes;

    public static string Anchor(int number) => "fn-" + number.ToString(CultureInfo.InvariantCulture);

    public int Add(string url)
    {
        if (_numbers.TryGetValue(url, out var number)) return number;
        number = _notes.Count + 1;
        _numbers.Add(url, number);
        _notes.Add(new BookFootnoteView(number, Anchor(number), url));
        return number;
    }

    /// <summary>
    /// Editors' Markdown as <see cref="MarkdownRenderer.ToHtml"/> renders it, with each web or mail link followed
    /// by its footnote reference. A relative link was written for the page the Markdown usually appears on and
    /// leads nowhere from <c>/book/</c> or on paper, so it keeps its text and loses its target.
    /// </summary>
    public string? Markdown(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return null;
        var document = EditorsMarkdown.Parse(markdown);
        foreach (var (inline, url, _) in EditorsMarkdown.Targets(document).ToList())
        {
            if (inline is not (LinkInline { IsImage: false } or AutolinkInline)) continue;
            var keep = LinkPolicy.IsAllowed(url) && LinkPolicy.Scheme(url) is not null;
            switch (inline)
            {
                case LinkInline link when !keep:
                    Unwrap(link);
                    continue;
                case AutolinkInline auto when !keep:
                    auto.ReplaceBy(new LiteralInline(auto.Url));
                    continue;
            }

            var number = Add(url);
            inline.InsertAfter(new HtmlInline(Reference(number)));
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        EditorsMarkdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The footnote reference after a link, as the layout also writes it after a source's address.</summary>
    public static string Reference(int number)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        return $"<sup class=\"footnote-ref\"><a href=\"#{Anchor(number)}\">[{n}]</a></sup>";
    }

    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
