using BriefingBook.Engine;

namespace BriefingBook.Analysis.Registered;

/// <summary>Locates every report's and claim's quote in its source; a quote that is not verbatim is an error at its line.</summary>
public sealed class QuotesAnalysis : IBookAnalysis
{
    public string Name => "quotes";

    public void Run(AnalysisContext context) =>
        context.Facts.Set(FactSlots.Quotes, QuoteLocator.Locate(context.Content, context.Diagnostics, context.State(this, () => new QuotePositions())));
}
