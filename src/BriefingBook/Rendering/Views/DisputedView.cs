namespace BriefingBook.Rendering.Views;

/// <summary>
/// One line of the home page's "what is disputed": a conflict note or a disagreement between report values, what
/// kind it is (<c>disagree</c> or <c>self</c>, with its label), the sources it weighs by short label, its events.
/// </summary>
public sealed record DisputedView(
    string Title,
    string Href,
    string Kind,
    string Label,
    IReadOnlyList<CitationView> Sources,
    IReadOnlyList<EventLink> Events);
