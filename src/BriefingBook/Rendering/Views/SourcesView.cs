namespace BriefingBook.Rendering.Views;

/// <summary>The <c>sources</c> layout: every source, oldest first.</summary>
public sealed record SourcesView(
    IReadOnlyList<SourceEntryView> Sources,
    int Count) : PageView;
