using System.Text;
using BriefingBook.Analysis;
using BriefingBook.Publishing;
using BriefingBook.Rendering.Pages;
using BriefingBook.Rendering.Views;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Rendering;

/// <summary>
/// The printable book's view model (<c>/book/</c>): reading order, numbered sources, links that stay on the page
/// or become footnotes, and a build date taken from the content.
/// </summary>
public sealed class BookPageTests
{
    private static AnalysedBook Build(Action<TestSite>? edit = null)
    {
        using var site = new TestSite();
        TestSite.CopyTree(Path.Combine(Snapshot.Folder, "book"), site.Root);
        edit?.Invoke(site);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Book!;
    }

    private static BookView Model(AnalysedBook book, bool pdf = false) => (BookView)BookPage.Build(book, false, pdf).Model;

    [Fact]
    public void Sources_are_numbered_by_publication_date_and_cited_by_their_number_on_the_page()
    {
        var model = Model(Build());

        Assert.Equal(["envoy-talks", "wire-talks", "daily-agreements"], model.Sources.Select(s => s.Anchor["source-".Length..]));
        Assert.Equal([1, 2, 3], model.Sources.Select(s => s.Number));
        Assert.Equal("Test Outlet, 21 Apr 2025", model.Sources[0].Label);
        var ev = model.Years.SelectMany(y => y.Events).Single(e => e.Anchor == "event-envoy-meets-minister");
        Assert.Equal([(1, "#source-envoy-talks"), (2, "#source-wire-talks")], ev.Sources.Select(c => (c.Number, c.Href)));
        var note = Assert.Single(model.Notes);
        Assert.Equal("conflict", note.Kind);
        Assert.Equal([1, 2], note.Sources.Select(c => c.Number));
        Assert.Equal(["#note-where-they-met"], model.Sources[0].Notes.Select(n => n.Href));
        Assert.Empty(model.Sources[2].Notes);
    }

    [Fact]
    public void Every_link_on_the_page_leads_to_an_anchor_the_page_has_or_to_a_footnote()
    {
        var model = Model(Build());
        var anchors = model.Years.Select(y => y.Anchor)
            .Concat(model.Years.SelectMany(y => y.Events).Select(e => e.Anchor))
            .Concat(model.ActorGroups.SelectMany(g => g.Actors).Select(a => a.Anchor))
            .Concat(model.Sources.Select(s => s.Anchor))
            .Concat(model.Notes.Select(n => n.Anchor))
            .Concat(model.Footnotes.Select(f => f.Anchor))
            .ToHashSet(StringComparer.Ordinal);
        var hrefs = model.KeyDates.Select(e => e.Href)
            .Concat(model.Years.SelectMany(y => y.Events).SelectMany(e => e.Actors.Select(a => a.Href).Concat(e.Sources.Select(s => s.Href))))
            .Concat(model.ActorGroups.SelectMany(g => g.Actors).SelectMany(a => a.Events.Select(e => e.Href)))
            .Concat(model.Sources.SelectMany(s => s.Notes.Select(n => n.Href)))
            .Concat(model.Notes.SelectMany(n => n.Sources.Select(s => s.Href).Concat(n.Events.Select(e => e.Href))))
            .ToList();

        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href => Assert.Contains(href.TrimStart('#'), anchors));
        Assert.Equal(["#event-envoy-meets-minister"], model.KeyDates.Select(e => e.Href));
    }

    [Fact]
    public void Links_out_of_the_book_become_numbered_footnotes_and_relative_links_lose_their_target()
    {
        var book = Build(site =>
        {
            site.Write("content/events/agreements-signed.md", site.Read("content/events/agreements-signed.md")
                + "\nSee [the ministry](https://example.org/ministry), [a page](../other/), and [the ministry again](https://example.org/ministry).\n");
            site.Write("content/sources/wire-talks.md", site.Read("content/sources/wire-talks.md").Replace("published:", "url: https://example.org/wire\npublished:", StringComparison.Ordinal));
        });
        var model = Model(book);

        // Numbered in reading order: the chronology comes before the list of sources.
        Assert.Equal([(1, "https://example.org/ministry"), (2, "https://example.org/wire")], model.Footnotes.Select(f => (f.Number, f.Url)));
        var summary = model.Years.SelectMany(y => y.Events).Single(e => e.Anchor == "event-agreements-signed").SummaryHtml!;
        Assert.Equal(2, CountOf(summary, "<a href=\"#fn-1\">[1]</a>"));
        Assert.Contains("a page", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("../other/", summary, StringComparison.Ordinal);
        Assert.Equal(2, model.Sources.Single(s => s.Anchor == "source-wire-talks").UrlFootnote);
    }

    [Fact]
    public void The_build_date_is_the_newest_sources_date_and_the_pdf_link_follows_the_option()
    {
        var book = Build();

        Assert.Equal("2025-04-23", Model(book).Edition!.Machine);
        Assert.Null(Model(book).PdfHref);
        Assert.Equal("../book.pdf", Model(book, pdf: true).PdfHref);
    }

    [Fact]
    public void Two_prints_that_differ_only_in_chromiums_clock_time_become_the_same_bytes()
    {
        static byte[] Pdf(string time) => Encoding.Latin1.GetBytes(
            $"%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:{time}+00'00')\n/ModDate (D:{time}+00'00')>>\nendobj\n");
        var first = ChromiumPrinter.FixDates(Pdf("20261124185442"), new DateOnly(2025, 4, 23));
        var second = ChromiumPrinter.FixDates(Pdf("20270101000159"), new DateOnly(2025, 4, 23));

        Assert.Equal(first, second);
        Assert.Equal(Pdf("20250423000000"), first);
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
