using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;
using BriefingBook.Engine;

namespace BriefingBook.Analysis;

/// <summary>
/// The analyse stage on its own, outside a session: runs the default pipeline's analyses once over loaded
/// content and indexes the result (for tools and tests that start from a <see cref="BookContent"/>).
/// </summary>
public static class BookAnalyser
{
    public static AnalysedBook Analyse(BookContent content, DiagnosticBag diagnostics)
    {
        var facts = new BookFacts();
        foreach (var analysis in BookPipeline.CreateDefault().Analyses)
            analysis.Run(new AnalysisContext(content, facts, diagnostics, (_, create) => create(), expectsRebuilds: false, default));
        return AnalysedBook.From(content, facts);
    }
}
