using System.CommandLine;
using System.Text;
using BriefingBook.Content.Articles;

namespace BriefingBook.Cli;

internal static class CleanCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A raw scraped article: a text file, or an HTML page (.html)." };
        var command = new Command("clean", "Print the article body extracted from a raw text or HTML scrape, as the build would.") { file };
        command.SetAction(parse =>
        {
            using var interrupts = new Interrupts();
            return BuildCommand.Run(interrupts, () => Clean(parse.GetValue(file)!));
        });
        return command;
    }

    private static int Clean(FileInfo path)
    {
        if (!path.Exists)
        {
            Console.Error.WriteLine($"error: no such file `{path.FullName}`");
            return 1;
        }

        var body = ArticleExtractor.Extract(path.Name, File.ReadAllText(path.FullName, Encoding.UTF8));
        if (body.Paragraphs.Count == 0)
        {
            Console.Error.WriteLine("no article body found: no line reads like prose");
            return 1;
        }

        foreach (var p in body.Paragraphs)
            Console.WriteLine((p.Kind == ParagraphKind.Heading ? "## " : "") + p.Text + "\n");
        return 0;
    }
}
