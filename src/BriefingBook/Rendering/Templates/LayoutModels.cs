using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Templates;

/// <summary>
/// Which view records each layout is rendered with: what the template checker resolves its values against.
/// The <c>notes</c> layout serves two pages (the notes page and, in a corpus, each family of copies); a value
/// there must exist in at least one of them, and <c>{{#if family}}</c> tells them apart.
/// </summary>
internal static class LayoutModels
{
    public static IReadOnlyDictionary<string, Type[]> ByLayout { get; } = new Dictionary<string, Type[]>(StringComparer.Ordinal)
    {
        ["base"] = [typeof(FrameView)],
        ["home"] = [typeof(HomeView)],
        ["actors"] = [typeof(ActorsView)],
        ["actor"] = [typeof(ActorView)],
        ["chronology"] = [typeof(ChronologyView)],
        ["event"] = [typeof(EventView)],
        ["sources"] = [typeof(SourcesView)],
        ["source"] = [typeof(SourceView)],
        ["notes"] = [typeof(NotesView), typeof(CopyFamilyView)],
        ["coverage"] = [typeof(CoverageView)],
        ["404"] = [typeof(NotFoundView)],
        ["book"] = [typeof(BookView)],
    };
}
