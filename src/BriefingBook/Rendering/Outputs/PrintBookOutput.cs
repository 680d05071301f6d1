using System.Text;
using BriefingBook.Engine;
using BriefingBook.Publishing;
using BriefingBook.Rendering.Pages;

namespace BriefingBook.Rendering.Outputs;

/// <summary>
/// The printable book: <c>/book/</c>, the whole briefing on one page, and with <c>build --pdf</c> on a machine with
/// Chromium, <c>book.pdf</c> printed from it. Without Chromium the PDF is left out and the command says so in one line.
/// </summary>
public sealed class PrintBookOutput : IBookOutput
{
    public const string OutputName = "book";

    public string Name => OutputName;

    public IEnumerable<OutputItem> Plan(OutputContext context)
    {
        var book = context.Book;
        var pretty = context.Options.PrettyUrls;
        var theme = context.Theme;
        var chromium = context.Options.Pdf ? ChromiumPrinter.Find() : null;
        var withPdf = chromium is not null;
        var depends = new PageDependencies(context);
        string Html() => Render(context, BookPage.Build(book, pretty, withPdf));

        yield return new OutputItem(SiteUrls.FileOf(SiteUrls.Book), () => depends.Book(withPdf), () => Encoding.UTF8.GetBytes(Html()));
        if (chromium is null) yield break;
        var printedWith = theme.Assets.Select(a => a.SourceFile).Append(chromium).ToArray();
        yield return new OutputItem(SiteUrls.BookPdf, () => depends.Book(withPdf, printedWith), () => Print(context, chromium, Html()));
    }

    /// <summary>Where the printed page says it lives: the book's <c>base_url</c>, else a name that can never resolve.</summary>
    private static Uri Origin(string? baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? new Uri(uri.AbsoluteUri.TrimEnd('/') + "/")
            : new Uri("https://book.invalid/");

    /// <exception cref="TemplateException">A template failed at run time.</exception>
    private static string Render(OutputContext context, Page page) =>
        context.Theme.Render(page.Layout, page.Url, page.Model, content => SiteRenderer.Frame(context.Book, page, content, context.Options.PrettyUrls));

    /// <summary>
    /// Lays out <c>/book/</c> and the theme's assets in a scratch folder as they are in the site (the page links
    /// to them relatively) and prints it: the site itself is not written yet while outputs render.
    /// </summary>
    /// <exception cref="IOException">Chromium could not start or print.</exception>
    private static byte[] Print(OutputContext context, string chromium, string html)
    {
        var scratch = Directory.CreateTempSubdirectory("briefingbook-pdf-");
        try
        {
            var page = Path.Combine(scratch.FullName, SiteUrls.FileOf(SiteUrls.Book));
            Directory.CreateDirectory(Path.GetDirectoryName(page)!);
            File.WriteAllText(page, html);
            foreach (var asset in context.Theme.Assets)
            {
                var target = Path.Combine(scratch.FullName, "assets", asset.SitePath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(asset.SourceFile, target);
            }

            // A book with no dated source has no date of its own; a fixed one keeps the bytes stable.
            var edition = BookPage.Edition(context.Book)?.Start.Earliest ?? new DateOnly(2000, 1, 1);
            return ChromiumPrinter.Print(chromium, scratch.FullName, SiteUrls.FileOf(SiteUrls.Book), Origin(context.Book.Content.Book.BaseUrl), edition);
        }
        catch (Microsoft.Playwright.PlaywrightException e)
        {
            // The machine's browser failing is a fault of the machine, reported as one plain line (exit 2), not a bug.
            throw new IOException($"{SiteUrls.BookPdf}: Chromium at {chromium} could not print /book/: {e.Message.Split('\n')[0]}", e);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
