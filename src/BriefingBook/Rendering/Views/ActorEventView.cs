namespace BriefingBook.Rendering.Views;

/// <summary>An event an actor takes part in, with its number of reports (<c>sources</c>).</summary>
public sealed record ActorEventView(
    string Title,
    DateView? Date,
    string Href,
    int Sources)
{
    /// <summary>The sources reporting the event, each once, by short label, linked to the quoted passage.</summary>
    public IReadOnlyList<CitationView> Citations { get; init; } = [];

    public IReadOnlyList<MarkView> Marks { get; init; } = [];
}
