using System.Globalization;
using System.Text;
using System.Xml;
using BriefingBook.Engine;

namespace BriefingBook.Rendering.Outputs;

/// <summary>
/// <c>sitemap.xml</c> (sitemaps.org 0.9) listing every page of <see cref="HtmlPagesOutput"/>'s plan that a reader may
/// land on (not the 404 page or the editors' pages), at its canonical address, with the <c>lastmod</c> of
/// <see cref="PageDates"/>; and <c>robots.txt</c> pointing to it. Past <see cref="MaxUrls"/> addresses (the protocol's
/// limit per file) the pages go into <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>, … and <c>sitemap.xml</c> is their
/// index. Needs absolute addresses: with no <c>base_url</c> nothing is written.
/// </summary>
public sealed class SitemapOutput : IBookOutput
{
    public const int MaxUrls = 50_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public string Name => "sitemap";

    public IEnumerable<OutputItem> Plan(OutputContext context)
    {
        var info = context.Book.Content.Book;
        if (string.IsNullOrEmpty(info.BaseUrl)) yield break;
        // Which pages exist (families of copies come from the duplicate analysis) and their dates follow from the
        // entries; one file for the whole book.
        var depends = new PageDependencies(context);
        var listed = HtmlPagesOutput.Pages(context).Where(p => p.Listed).Select(p => (p.Url, p.LastModified)).ToList();
        // The printable book is a page a reader may land on too, when the pipeline writes it.
        if (context.HasOutput(PrintBookOutput.OutputName)) listed.Add((SiteUrls.Book, () => PageDates.WholeBook(context.Book)));
        var count = listed.Count;
        var pages = new Lazy<List<(string Url, DateOnly? LastModified)>>(() => [.. listed.Select(p => (AbsoluteUrls.Of(info, p.Url)!, p.LastModified()))]);
        yield return new OutputItem(FeedUrls.Robots, () => context.Depends().Result(),
            () => Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {AbsoluteUrls.Of(info, FeedUrls.Sitemap)}\n"));
        if (count <= MaxUrls)
        {
            yield return new OutputItem(FeedUrls.Sitemap, depends.WholeBook, () => UrlSet(pages.Value));
            yield break;
        }

        var parts = (count + MaxUrls - 1) / MaxUrls;
        var names = Enumerable.Range(1, parts).Select(n => $"sitemap-{n.ToString(CultureInfo.InvariantCulture)}.xml").ToList();
        yield return new OutputItem(FeedUrls.Sitemap, depends.WholeBook, () => Index(
            [.. names.Select((name, i) => (AbsoluteUrls.Of(info, name)!, pages.Value.Skip(i * MaxUrls).Take(MaxUrls).Max(p => p.LastModified)))]));
        for (var i = 0; i < parts; i++)
        {
            var part = i;
            yield return new OutputItem(names[i], depends.WholeBook, () => UrlSet(pages.Value.Skip(part * MaxUrls).Take(MaxUrls)));
        }
    }

    private static byte[] UrlSet(IEnumerable<(string Url, DateOnly? LastModified)> pages) =>
        Write("urlset", "url", pages);

    private static byte[] Index(IEnumerable<(string Url, DateOnly? LastModified)> sitemaps) =>
        Write("sitemapindex", "sitemap", sitemaps);

    private static byte[] Write(string root, string item, IEnumerable<(string Url, DateOnly? LastModified)> rows)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Namespace);
            foreach (var (url, lastModified) in rows)
            {
                xml.WriteStartElement(item, Namespace);
                xml.WriteElementString("loc", Namespace, url);
                if (lastModified is { } day) xml.WriteElementString("lastmod", Namespace, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
