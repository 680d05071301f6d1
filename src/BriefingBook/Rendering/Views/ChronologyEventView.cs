namespace BriefingBook.Rendering.Views;

/// <summary>One line of the chronology: an event's date, title, marks, actors and short citations.</summary>
public sealed record ChronologyEventView(
    string Title,
    DateView? Date,
    string Href,
    IReadOnlyList<ActorLink> Actors)
{
    /// <summary>The line's fragment id: <c>e-EVENT</c>, or <c>e-EVENT-end</c> where a span is filed again at its end.</summary>
    public string Anchor { get; init; } = "";

    /// <summary>True on the second line of a span, under the heading where it ends.</summary>
    public bool Ending { get; init; }

    /// <summary>On an ending line, the link to the span's first line.</summary>
    public string? StartHref { get; init; }

    /// <summary>The sources, each once, by short label, linked to the quoted passage.</summary>
    public IReadOnlyList<CitationView> Citations { get; init; } = [];

    public IReadOnlyList<MarkView> Marks { get; init; } = [];
}
