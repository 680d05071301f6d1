using System.Globalization;
using BriefingBook.Analysis;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering;

/// <summary>
/// Every page's place in the site, in one table. Pages are folders with an <c>index.html</c>; links
/// between them are always relative, so the site works from any base path and from disk.
/// </summary>
public static class SiteUrls
{
    public const string Home = "";
    public const string Actors = "actors/";
    public const string Chronology = "chronology/";
    public const string Sources = "sources/";
    public const string Notes = "notes/";

    /// <summary>The editors' coverage page; deliberately not in the reader's navigation.</summary>
    public const string Coverage = "editors/coverage/";
    public const string Stylesheet = "assets/style.css";
    public const string Favicon = "assets/favicon.svg";
    public const string Data = "data/book.json";
    public const string NotFound = "404.html";

    /// <summary>The whole book on one page for print, and the PDF printed from it (<c>build --pdf</c>).</summary>
    public const string Book = "book/";
    public const string BookPdf = "book.pdf";

    public static string Actor(string id) => $"actors/{id}/";

    public static string Event(string id) => $"events/{id}/";

    public static string Source(string id) => $"sources/{id}/";

    /// <summary>Fragment ids on the notes page, one per editor's note, report conflict and source pair.</summary>
    public static string NoteAnchor(string noteId) => $"note-{noteId}";

    public static string ConflictAnchor(string eventId, string field) => $"conflict-{eventId}-{field}";

    public static string CopiesAnchor(string firstSourceId, string secondSourceId) => $"copies-{firstSourceId}--{secondSourceId}";

    public static string CorroborationAnchor(string eventId) => $"event-{eventId}";

    /// <summary>The fragment id of a paragraph on its source page, as <c>BodyParagraph.Anchor</c> writes it.</summary>
    public static string ParagraphAnchor(ParagraphRef paragraph) => "p" + paragraph.Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The fragment id of a numbered line of the raw scrape on its source page (<c>line-21</c>).</summary>
    public static string LineAnchor(int line) => "line-" + line.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The fragment id of a report's quote on its source page, from the event's id: an event may quote one source
    /// twice, and the second quote gets a number (<c>q-kabul-talks-2</c>). The count runs over the event's reports
    /// in order, so it is the same in every build where each quote is found.
    /// </summary>
    public static string QuoteAnchor(Event ev, int reportIndex) =>
        Numbered("q", ev.Id, ev.Reports, reportIndex, r => r.Source.Id);

    public static string QuoteAnchor(AnalysedBook book, ReportRef report) => QuoteAnchor(book.Event(report.Event), report.Index);

    /// <summary>The fragment id of an editor's note's claim on its source page, numbered like <see cref="QuoteAnchor(Event, int)"/>.</summary>
    public static string ClaimAnchor(Note note, int claimIndex) =>
        Numbered("n", note.Id, note.Claims, claimIndex, c => c.Source.Id);

    public static string ClaimAnchor(AnalysedBook book, ClaimRef claim) => ClaimAnchor(book.Note(claim.Note), claim.Index);

    private static string Numbered<T>(string prefix, string entryId, IReadOnlyList<T> quotes, int index, Func<T, string> sourceOf)
    {
        var source = sourceOf(quotes[index]);
        var n = 0;
        for (var i = 0; i <= index; i++)
        {
            if (string.Equals(sourceOf(quotes[i]), source, StringComparison.Ordinal)) n++;
        }

        return n == 1 ? $"{prefix}-{entryId}" : $"{prefix}-{entryId}-{n.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The file a page folder is written to.</summary>
    public static string FileOf(string page) => page.EndsWith('/') || page.Length == 0 ? page + "index.html" : page;
}
