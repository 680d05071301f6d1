using BriefingBook.Analysis.Conflicts;
using BriefingBook.Analysis.Duplicates;
using BriefingBook.Analysis.Mentions;
using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;

namespace BriefingBook.Analysis;

/// <summary>
/// The analyse stage: locates quotes (reporting any that are not verbatim), finds actors' names in the text,
/// duplicated passages and conflicting report values, and indexes the book.
/// </summary>
public static class BookAnalyser
{
    public static AnalysedBook Analyse(BookContent content, DiagnosticBag diagnostics)
    {
        var quotes = QuoteLocator.Locate(content, diagnostics);
        var mentions = new MentionIndex(content, new NameMatcher(content.Actors));
        var alike = DuplicateDetector.Find(content.Sources);
        var conflicts = ConflictDetector.Find(content.Events);
        return new AnalysedBook(content, quotes, mentions, [.. alike.Where(d => d.Kind == DuplicateKind.Copy)], conflicts,
            [.. alike.Where(d => d.Kind == DuplicateKind.Template)]);
    }
}
