namespace BriefingBook.Rendering.Views;

/// <summary>An event wherever a page links to one.</summary>
public sealed record EventLink(
    string Id,
    string Title,
    DateView? Date,
    string Href,
    bool Key,
    bool Garbled)
{
    /// <summary>What puts the event in question, and key-date status, as labelled marks.</summary>
    public IReadOnlyList<MarkView> Marks { get; init; } = [];
}
