namespace BriefingBook.Rendering.Views;

/// <summary>An event more than one source reports, on the notes page.</summary>
public sealed record CorroboratedEventView(
    string Anchor,
    EventLink Ev,
    IReadOnlyList<SourceLink> Sources);
