using System.Globalization;
using System.Text;
using System.Xml;
using BriefingBook.Content.Dates;

namespace BriefingBook.Rendering.Outputs;

/// <summary>
/// Writes one Atom 1.0 document (RFC 4287): the feed's id, title, updated, author and links, then its entries. The
/// bytes depend only on the arguments (no clock, no culture), so two builds give the same file.
/// </summary>
internal static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public sealed record Entry(string Url, string Title, DateOnly Updated, string Summary, IReadOnlyList<(string Term, string Label)> Categories, string? Related = null, string? Author = null);

    public static byte[] Write(string language, string feedUrl, string alternateUrl, string title, string author, string authorUrl, IReadOnlyList<Entry> entries, DateOnly? whenEmpty)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("id", Atom, feedUrl);
            xml.WriteElementString("title", Atom, Text(title));
            // An empty feed (a book with no events yet) takes the book's newest day, or the Unix epoch if it has none.
            xml.WriteElementString("updated", Atom, Timestamp(entries.Count > 0 ? entries.Max(e => e.Updated) : whenEmpty ?? new DateOnly(1970, 1, 1)));
            Link(xml, "self", "application/atom+xml", feedUrl);
            Link(xml, "alternate", "text/html", alternateUrl);
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, Text(author));
            xml.WriteElementString("uri", Atom, authorUrl);
            xml.WriteEndElement();
            xml.WriteElementString("generator", Atom, "BriefingBook");
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, entry.Url);
                xml.WriteElementString("title", Atom, Text(entry.Title));
                xml.WriteElementString("updated", Atom, Timestamp(entry.Updated));
                if (entry.Author is { } by)
                {
                    xml.WriteStartElement("author", Atom);
                    xml.WriteElementString("name", Atom, Text(by));
                    xml.WriteEndElement();
                }

                Link(xml, "alternate", "text/html", entry.Url);
                if (entry.Related is { } related) Link(xml, "related", null, related);
                foreach (var (term, label) in entry.Categories)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", term);
                    xml.WriteAttributeString("label", Text(label));
                    xml.WriteEndElement();
                }

                xml.WriteElementString("summary", Atom, Text(entry.Summary));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>
    /// Atom's dates are full date-times; the book's are often only a month or a year. An entry takes the first day of
    /// what is known, at midnight UTC, and its summary says the date as the book knows it.
    /// </summary>
    public static DateOnly FirstDay(PartialDate date) => date.Start.Earliest;

    /// <summary>
    /// Text as XML allows it: a guessed headline comes from a raw scrape and may hold a character XML 1.0 cannot carry
    /// (a stray control character), which would otherwise stop the build.
    /// </summary>
    internal static string Text(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) clean.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) clean.Append(text, i++, 2);
        }

        return clean.ToString();
    }

    private static string Timestamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static void Link(XmlWriter xml, string rel, string? type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        if (type is not null) xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
