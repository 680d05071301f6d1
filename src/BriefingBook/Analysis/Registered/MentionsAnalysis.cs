using BriefingBook.Analysis.Mentions;
using BriefingBook.Engine;

namespace BriefingBook.Analysis.Registered;

/// <summary>Finds the actors' names and aliases in every source's text.</summary>
public sealed class MentionsAnalysis : IBookAnalysis
{
    public string Name => "mentions";

    public void Run(AnalysisContext context)
    {
        var scans = context.State(this, () => new MentionScans());
        context.Facts.Set(FactSlots.Mentions, new MentionIndex(context.Content, scans.MatcherFor(context.Content.Actors), scans));
    }
}
