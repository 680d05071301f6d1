namespace BriefingBook.Editing;

/// <summary>Everything <c>briefingbook suggest</c> proposes for one seed: its source entry, the events it reports and the names it uses.</summary>
public sealed record ArticleSuggestion(
    SourceProposal Source,
    IReadOnlyList<EventProposal> Events,
    IReadOnlyList<ActorProposal> Actors,
    IReadOnlyList<OtherName> OtherNames,
    double Threshold);
