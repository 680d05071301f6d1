using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;

namespace BriefingBook.Analysis;

/// <summary>The analyse stage: locates quotes (reporting any that are not verbatim) and indexes the book.</summary>
public static class BookAnalyser
{
    public static AnalysedBook Analyse(BookContent content, DiagnosticBag diagnostics)
    {
        var quotes = QuoteLocator.Locate(content, diagnostics);
        return new AnalysedBook(content, quotes, new NameMentions(content.Actors));
    }
}
