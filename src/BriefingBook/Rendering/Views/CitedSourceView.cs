namespace BriefingBook.Rendering.Views;

/// <summary>A source cited by a briefing point, named by its outlet (else agency, else headline).</summary>
public sealed record CitedSourceView(
    string Title,
    DateView? Date,
    string Href);
