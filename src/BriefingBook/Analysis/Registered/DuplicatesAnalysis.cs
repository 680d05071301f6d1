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
        // The very same sources give the very same answer. Otherwise a preview updates its index by the sources that
        // changed; a one-shot build asks the batch detector, which is 2–4× faster from cold than filling the index.
        if (last.Sources is null || last.Sources.Count != sources.Count || !last.Sources.Zip(sources).All(p => ReferenceEquals(p.First, p.Second)))
        {
            if (context.ExpectsRebuilds)
            {
                last.Session ??= new DuplicateSession();
                last.Found = last.Session.Update(sources);
            }
            else
            {
                last.Found = DuplicateDetector.Find(sources);
            }

            last.Sources = sources;
        }

        context.Facts.Set(FactSlots.Copies, (IReadOnlyList<DuplicatePassage>)[.. last.Found.Where(d => d.Kind == DuplicateKind.Copy)]);
        context.Facts.Set(FactSlots.Templates, (IReadOnlyList<DuplicatePassage>)[.. last.Found.Where(d => d.Kind == DuplicateKind.Template)]);
    }

    private sealed class Remembered
    {
        public IReadOnlyList<Source>? Sources { get; set; }

        public IReadOnlyList<DuplicatePassage> Found { get; set; } = [];

        public DuplicateSession? Session { get; set; }
    }
}
