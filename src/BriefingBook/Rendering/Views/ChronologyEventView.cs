namespace BriefingBook.Rendering.Views;

/// <summary>One event in the chronology, with its summary, actors and reports.</summary>
public sealed record ChronologyEventView(
    string Title,
    DateView? Date,
    string Href,
    bool Key,
    bool Garbled,
    bool Contested,
    string? SummaryHtml,
    IReadOnlyList<ActorLink> Actors,
    IReadOnlyList<ChronologyReportView> Reports)
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
