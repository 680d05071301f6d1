namespace BriefingBook.Rendering.Views;

/// <summary>The <c>notes</c> layout for one family of copies (<c>notes/copies/&lt;source&gt;/</c>, corpus only): <c>family</c> is always true.</summary>
public sealed record CopyFamilyView(
    bool Family,
    IReadOnlyList<FamilySourceView> Sources,
    int Count,
    int Passages,
    int Possible,
    IReadOnlyList<CopyPairView> Pairs,
    int NotShown,
    string NotesHref) : PageView;
