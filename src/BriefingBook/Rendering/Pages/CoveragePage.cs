using BriefingBook.Analysis;
using BriefingBook.Editing;

namespace BriefingBook.Rendering.Pages;

/// <summary>
/// The editors' coverage page (<c>/editors/coverage/</c>, not in the reader's navigation): what
/// <c>check --coverage</c> prints, with each sentence linked to its paragraph on the source page.
/// </summary>
internal static class CoveragePage
{
    public static Page Build(AnalysedBook book, bool pretty)
    {
        var links = new Links(SiteUrls.Coverage, pretty);
        var coverage = CoverageReport.Find(book);
        var sources = coverage.Where(c => c.Sentences.Count > 0 || c.Names.Count > 0).Select(c => new
        {
            source = Views.Source(c.Source, links),
            seed = c.Source.Seed.RelativePath,
            sentences = c.Sentences.Select(s => new
            {
                line = s.Sentence.Line,
                carries = string.Join(", ", s.Carries),
                text = s.Sentence.Text,
                href = links.To(SiteUrls.Source(c.Source.Id), s.Sentence.Paragraph.Anchor),
            }).ToArray(),
            names = c.Names.Select(n => new
            {
                name = n.Name,
                what = n.What,
                line = n.Sentence.Line,
                href = links.To(SiteUrls.Source(c.Source.Id), n.Sentence.Paragraph.Anchor),
            }).ToArray(),
        }).ToArray();
        var model = new
        {
            sentences = Views.Count(coverage.Sum(c => c.Sentences.Count), "sentence"),
            names = Views.Count(coverage.Sum(c => c.Names.Count), "name"),
            sources,
        };
        return new Page(SiteUrls.Coverage, "coverage", "Coverage (editors)", model,
            "For editors: sentences with a date, a number or a quotation that no report or note quotes, and names no actor matches.");
    }
}
