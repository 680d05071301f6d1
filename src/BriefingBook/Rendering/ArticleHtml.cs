using System.Globalization;
using System.Text;
using BriefingBook.Analysis;
using BriefingBook.Analysis.Mentions;
using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering;

/// <summary>
/// A source's cleaned body as HTML: one element per paragraph with a stable anchor (<c>#p3</c>); every quoted
/// passage highlighted (event quotes and the claims of editors' notes, each with an empty anchor element at
/// its start and a small link after its end to the event or note); every actor's name linked to the actor;
/// every paragraph also found in another source marked, with links to its copies. Highlights may overlap,
/// so each paragraph is cut into segments wherever the set of covering highlights changes, and each segment
/// opens and closes its own elements: the HTML nests properly and no link sits inside another. All seed text
/// is escaped.
/// </summary>
public static class ArticleHtml
{
    /// <summary>Copies named after a paragraph before "and N more".</summary>
    private const int InlineCopies = 3;

    // A builder kept per thread: pages render in parallel, and a source's body is built by many appends
    // (growing a new builder chunk by chunk cost as much again as the finished string).
    private const int KeptBuilderChars = 1 << 20;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    public static string Render(AnalysedBook book, Source source, Links links)
    {
        var quotes = book.QuotesIn(source.Id).ToLookup(q => q.Paragraph.Number);
        var claims = book.ClaimsIn(source.Id).ToLookup(c => c.Paragraph.Number);
        var copies = Pages.SourcePages.ShownCopies(book, book.NotesOn(source.Id), source.Id)
            .ToLookup(n => n.Passage!.From(source.Id).Here.Paragraph.Number, n => n.Passage!);
        var html = t_builder ?? new StringBuilder();
        t_builder = null;
        var names = new ActorLinks(book, links);
        foreach (var paragraph in source.Body.Paragraphs)
        {
            var tag = paragraph.Kind == ParagraphKind.Heading ? "h3" : "p";
            var copiedIn = copies[paragraph.Number].ToArray();
            var copiedTo = copiedIn.Select(d => d.From(source.Id).There).ToArray();
            html.Append('<').Append(tag).Append(" id=\"p").Append(paragraph.Number).Append('"');
            if (copiedTo.Length > 0) html.Append(" class=\"copied\"");
            html.Append('>');
            html.Append("<a class=\"pilcrow\" href=\"#p").Append(paragraph.Number).Append("\" aria-label=\"Paragraph ")
                .Append(paragraph.Number).Append("\">¶").Append(paragraph.Number).Append("</a> ");
            var marks = quotes[paragraph.Number].Select(q => Mark.Of(q, book, links))
                .Concat(claims[paragraph.Number].Select(c => Mark.Of(c, book, links)))
                .ToArray();
            AppendInline(html, paragraph.Text, marks, book.Mentions.In(source.Id, paragraph.Number), names);
            if (copiedTo.Length > 0)
            {
                html.Append(" <span class=\"copy-ref\">Also in ");
                html.AppendJoin(", ", copiedTo.Take(InlineCopies).Select(t =>
                {
                    var there = book.Source(t.Source);
                    return $"<a href=\"{Html.Escape(links.To(SiteUrls.Source(there.Id), SiteUrls.ParagraphAnchor(t.Paragraph)))}\" title=\"{Html.Escape(there.Headline)}\">{Html.Escape(book.ShortLabel(there.Id))}, ¶{t.Paragraph.Number.ToString(CultureInfo.InvariantCulture)}</a>";
                }));
                // A widely syndicated paragraph names its first few copies here; the notes below list the rest.
                var more = copiedIn[0].CopiesFrom(source.Id) - InlineCopies; // the same count on every copy of this paragraph
                if (more > 0) html.Append(" <a href=\"#copied-text\">and ").Append(more.ToString(CultureInfo.InvariantCulture)).Append(" more</a>");
                html.Append("</span>");
            }

            html.Append("</").Append(tag).Append(">\n");
        }

        var body = html.ToString();
        if (html.Capacity <= KeptBuilderChars) t_builder = html.Clear();
        return body;
    }

    private static void AppendInline(StringBuilder html, string text, Mark[] marks, IReadOnlyList<Mention> mentions, ActorLinks names)
    {
        if (marks.Length == 0)
        {
            AppendNames(html, text, 0, text.Length, mentions, 0, names);
            return;
        }

        // Highlights cut the text; names are linked within each piece, so a name never splits a highlight.
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var m in marks)
        {
            cuts.Add(m.Start);
            cuts.Add(m.End);
        }

        var points = cuts.ToArray();
        var next = 0;
        for (var i = 0; i < points.Length - 1; i++)
        {
            var (from, to) = (points[i], points[i + 1]);
            foreach (var m in marks.Where(m => m.Start == from))
                html.Append("<span class=\"quote-anchor\" id=\"").Append(m.Anchor).Append("\"></span>");

            var classes = marks.Where(m => m.Start <= from && m.End >= to).GroupBy(m => m.Class).ToArray();
            foreach (var group in classes)
            {
                var titles = string.Join("; ", group.Select(m => m.Title).Distinct());
                html.Append("<mark class=\"").Append(group.Key).Append("\" title=\"").Append(Html.Escape(titles)).Append("\">");
            }

            while (next < mentions.Count && mentions[next].End <= from) next++;
            AppendNames(html, text, from, to, mentions, next, names);
            foreach (var _ in classes) html.Append("</mark>");

            foreach (var m in marks.Where(m => m.End == to))
            {
                html.Append("<a class=\"").Append(m.Class).Append("-ref\" href=\"").Append(Html.Escape(m.Href))
                    .Append("\" title=\"").Append(Html.Escape(m.Title)).Append("\" aria-label=\"").Append(Html.Escape(m.Title)).Append("\">")
                    .Append(m.Symbol).Append("</a>");
            }
        }
    }

    /// <summary>Text from <paramref name="from"/> to <paramref name="to"/>, each actor's name in it a link (clipped to the range).</summary>
    private static void AppendNames(StringBuilder html, string text, int from, int to, IReadOnlyList<Mention> mentions, int first, ActorLinks names)
    {
        var at = from;
        for (var k = first; k < mentions.Count && mentions[k].Start < to; k++)
        {
            var m = mentions[k];
            if (names.Opening(m.ActorId) is not { } opening) continue;
            var (start, end) = (Math.Max(m.Start, from), Math.Min(m.End, to));
            html.AppendEscaped(text.AsSpan(at, start - at));
            html.Append(opening).AppendEscaped(text.AsSpan(start, end - start)).Append("</a>");
            at = end;
        }

        html.AppendEscaped(text.AsSpan(at, to - at));
    }

    /// <summary>The opening tag of the link to each actor named on the page, built once per actor rather than once per mention.</summary>
    private sealed class ActorLinks(AnalysedBook book, Links links)
    {
        private readonly Dictionary<string, string?> _openings = new(StringComparer.Ordinal);

        /// <summary>Null for an actor the book does not know (its mentions are left as text).</summary>
        public string? Opening(string actorId)
        {
            if (_openings.TryGetValue(actorId, out var opening)) return opening;
            opening = book.ActorsById.TryGetValue(actorId, out var actor)
                ? $"<a class=\"mention\" href=\"{Html.Escape(links.To(SiteUrls.Actor(actor.Id)))}\" title=\"{Html.Escape(actor.Name)}\">"
                : null;
            _openings[actorId] = opening;
            return opening;
        }
    }

    /// <summary>A highlighted passage: an event's quote or a note's claim, where it is, and where it leads.</summary>
    private sealed record Mark(int Start, int End, string Anchor, string Class, string Title, string Href, string Symbol)
    {
        public static Mark Of(QuoteMatch q, AnalysedBook book, Links links)
        {
            var ev = book.Event(q.Event);
            return new(q.Start, q.Start + q.Length, SiteUrls.QuoteAnchor(ev, q.Report.Index), "quote", "Quoted for: " + ev.Title, links.To(SiteUrls.Event(ev.Id)), "↗");
        }

        public static Mark Of(ClaimMatch c, AnalysedBook book, Links links)
        {
            var note = book.Note(c.Note);
            return new(c.Start, c.Start + c.Length, SiteUrls.ClaimAnchor(note, c.Claim.Index), note.Kind == NoteKind.Flag ? "flag" : "conflict",
                (note.Kind == NoteKind.Flag ? "Flagged: " : "Conflict: ") + note.Title,
                links.To(SiteUrls.Notes, SiteUrls.NoteAnchor(note.Id)), note.Kind == NoteKind.Flag ? "⚑" : "⚠");
        }
    }
}
