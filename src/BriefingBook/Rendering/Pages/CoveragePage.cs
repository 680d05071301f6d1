using BriefingBook.Analysis;
using BriefingBook.Editing;
using BriefingBook.Rendering.Views;

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
        var sources = coverage.Where(c => c.Sentences.Count > 0 || c.Names.Count > 0).Select(c => new CoverageSourceView(
            Source: Views.Source(book, c.Source, links),
            Seed: c.Source.Seed.RelativePath,
            Sentences: [.. c.Sentences.Select(s => new UncoveredSentenceView(
                Line: s.Sentence.Line,
                Carries: string.Join(", ", s.Carries),
                Text: s.Sentence.Text,
                Href: links.To(SiteUrls.Source(c.Source.Id), s.Sentence.Paragraph.Anchor)))],
            Names: [.. c.Names.Select(n => new UnmatchedNameView(
                Name: n.Name,
                What: n.What,
                Line: n.Sentence.Line,
                Href: links.To(SiteUrls.Source(c.Source.Id), n.Sentence.Paragraph.Anchor)))])).ToArray();
        var model = new CoverageView(
            Sentences: Views.Count(coverage.Sum(c => c.Sentences.Count), "sentence"),
            Names: Views.Count(coverage.Sum(c => c.Names.Count), "name"),
            Sources: sources);
        return new Page(SiteUrls.Coverage, "coverage", "Coverage (editors)", model,
            "For editors: sentences with a date, a number or a quotation that no report or note quotes, and names no actor matches.");
    }
}
