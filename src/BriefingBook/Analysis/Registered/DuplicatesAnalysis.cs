using BriefingBook.Analysis.Duplicates;
using BriefingBook.Content.Model;
using BriefingBook.Engine;

namespace BriefingBook.Analysis.Registered;

/// <summary>Finds passages copied between sources, and tells copies from shared wire formulas.</summary>
public sealed class DuplicatesAnalysis : IBookAnalysis
{
    public string Name => "duplicates";

    public void Run(AnalysisContext context)
    {
        var last = context.State(this, () => new Remembered());
        var sources = context.Content.Sources;
        // Until the index takes sources in and out, a rebuild with the very same sources reuses the answer.
        if (last.Sources is null || last.Sources.Count != sources.Count || !last.Sources.Zip(sources).All(p => ReferenceEquals(p.First, p.Second)))
        {
            last.Found = DuplicateDetector.Find(sources);
            last.Sources = sources;
        }

        context.Facts.Set(FactSlots.Copies, (IReadOnlyList<DuplicatePassage>)[.. last.Found.Where(d => d.Kind == DuplicateKind.Copy)]);
        context.Facts.Set(FactSlots.Templates, (IReadOnlyList<DuplicatePassage>)[.. last.Found.Where(d => d.Kind == DuplicateKind.Template)]);
    }

    private sealed class Remembered
    {
        public IReadOnlyList<Source>? Sources { get; set; }

        public IReadOnlyList<DuplicatePassage> Found { get; set; } = [];
    }
}
