using BriefingBook.Analysis.Conflicts;
using BriefingBook.Engine;

namespace BriefingBook.Analysis.Registered;

/// <summary>Finds events whose reports state different values for one field (date, place, count, who was first).</summary>
public sealed class ConflictsAnalysis : IBookAnalysis
{
    public string Name => "conflicts";

    public void Run(AnalysisContext context) => context.Facts.Set(FactSlots.Conflicts, ConflictDetector.Find(context.Content.Events));
}
