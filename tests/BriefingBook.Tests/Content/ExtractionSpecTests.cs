using System.Globalization;
using System.Text;
using BriefingBook.Content.Articles;
using BriefingBook.Tests.Support;
using Xunit.Abstractions;

namespace BriefingBook.Tests.Content;

/// <summary>
/// The extraction spec corpus, in Markdig's style: every <c>Specs/Extraction/NAME.txt</c> or <c>NAME.html</c>
/// is a scrape, and <c>NAME.body.txt</c> beside it is its article. One test runs the folder, so adding a hard
/// case is adding two files. Pages are scored by 4-token shingle F1 (the benchmark's measure); the name's
/// first part is the kind of page, and the test prints F1 per kind (copied into docs/boilerplate.md).
/// </summary>
public sealed class ExtractionSpecTests(ITestOutputHelper output)
{
    // A page below this F1 fails: it lost or gained a whole paragraph's worth of text.
    private const double PageMinimum = 0.85;

    // The corpus as a whole must stay at or above this mean F1.
    private const double CorpusMinimum = 0.95;

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "BriefingBook.Tests", "Specs", "Extraction");

    [Fact]
    public void Every_page_of_the_spec_corpus_extracts_its_article()
    {
        var pages = Directory.GetFiles(Folder)
            .Where(f => !f.EndsWith(".body.txt", StringComparison.Ordinal) && (f.EndsWith(".txt", StringComparison.Ordinal) || ArticleExtractor.IsHtml(f)))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var failures = new StringBuilder();
        if (pages.Length < 40) failures.AppendLine(CultureInfo.InvariantCulture, $"the spec corpus has {pages.Length} pages; it should have at least 40");
        var scores = new List<(string Kind, string Language, string Format, ShingleScore Score)>();
        foreach (var page in pages)
        {
            var name = Path.GetFileName(page);
            var expectedFile = Path.Combine(Folder, Path.GetFileNameWithoutExtension(page) + ".body.txt");
            if (!File.Exists(expectedFile))
            {
                failures.AppendLine(CultureInfo.InvariantCulture, $"{name}: no {Path.GetFileName(expectedFile)} beside it");
                continue;
            }

            var body = ArticleExtractor.Extract(name, File.ReadAllText(page, Encoding.UTF8));
            var score = ShingleScore.Of(body.PlainText, File.ReadAllText(expectedFile, Encoding.UTF8));
            scores.Add((name.Split('-')[0], Language(name), Path.GetExtension(name).TrimStart('.'), score));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: F1 {score.F1:0.000} (precision {score.Precision:0.000}, recall {score.Recall:0.000})"));
            if (score.F1 < PageMinimum)
            {
                failures.AppendLine(CultureInfo.InvariantCulture, $"{name}: F1 {score.F1:0.000} (precision {score.Precision:0.000}, recall {score.Recall:0.000}); extracted:");
                foreach (var p in body.Paragraphs) failures.AppendLine("    | " + p.Text);
            }
        }

        Report(scores);
        var mean = scores.Count == 0 ? 0 : scores.Average(s => s.Score.F1);
        if (mean < CorpusMinimum) failures.AppendLine(CultureInfo.InvariantCulture, $"corpus mean F1 {mean:0.000} is below {CorpusMinimum}");
        Assert.True(failures.Length == 0, "extraction specs failed:\n" + failures);
    }

    /// <summary>Pages are named KIND-LANG-what (LANG a two-letter code) or KIND-what for English.</summary>
    private static string Language(string name)
    {
        var parts = name.Split('-', '.');
        return parts.Length > 2 && parts[1].Length == 2 ? parts[1] : "en";
    }

    private void Report(List<(string Kind, string Language, string Format, ShingleScore Score)> scores)
    {
        string Row(string label, IEnumerable<ShingleScore> s)
        {
            var list = s.ToList();
            return string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {list.Count} | {list.Average(x => x.Precision):0.000} | {list.Average(x => x.Recall):0.000} | {list.Average(x => x.F1):0.000} | {list.Min(x => x.F1):0.000} |");
        }

        output.WriteLine("| kind of page | pages | precision | recall | F1 | worst page F1 |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var kind in scores.GroupBy(s => s.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine(Row(kind.Key, kind.Select(k => k.Score)));
        foreach (var language in scores.GroupBy(s => s.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine(Row("language " + language.Key, language.Select(k => k.Score)));
        foreach (var format in scores.GroupBy(s => s.Format).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine(Row("all ." + format.Key, format.Select(k => k.Score)));
        output.WriteLine(Row("**all**", scores.Select(s => s.Score)));
    }
}
