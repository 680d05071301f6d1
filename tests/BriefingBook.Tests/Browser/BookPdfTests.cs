using System.Text;
using System.Text.RegularExpressions;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Browser;

/// <summary><c>build --pdf</c>: <c>book.pdf</c> printed from <c>/book/</c> by the machine's Chromium, the same bytes every build.</summary>
public sealed partial class BookPdfTests
{
    [BrowserFact]
    public void The_book_prints_to_a_pdf_of_several_pages_with_the_same_bytes_each_build()
    {
        using var site = new TestSite();
        TestSite.CopyTree(Path.Combine(Snapshot.Folder, "book"), site.Root);
        byte[] Print(string output)
        {
            var result = BookBuilder.Build(new BuildOptions(site.Root, Path.Combine(site.Root, output), Pdf: true));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Contains("href=\"../book.pdf\"", File.ReadAllText(Path.Combine(site.Root, output, "book", "index.html")), StringComparison.Ordinal);
            return File.ReadAllBytes(Path.Combine(site.Root, output, "book.pdf"));
        }

        var first = Print("one");
        var second = Print("two");

        Assert.StartsWith("%PDF-", Encoding.Latin1.GetString(first, 0, 8), StringComparison.Ordinal);
        // The cover, then each part on a page of its own.
        Assert.True(PageObject().Count(Encoding.Latin1.GetString(first)) >= 5);
        Assert.Contains("/CreationDate (D:20250423000000", Encoding.Latin1.GetString(first), StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Without_the_option_there_is_no_pdf_and_the_page_does_not_link_to_one()
    {
        using var site = TestSite.Minimal();
        Assert.True(site.Build().Succeeded);

        Assert.False(File.Exists(Path.Combine(site.Output, "book.pdf")));
        Assert.DoesNotContain("book.pdf", site.Read("_site/book/index.html"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PageObject();
}
