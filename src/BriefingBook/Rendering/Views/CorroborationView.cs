namespace BriefingBook.Rendering.Views;

/// <summary>An event of this source that other sources also report.</summary>
public sealed record CorroborationView(
    EventLink Ev,
    IReadOnlyList<SourceLink> Sources);
