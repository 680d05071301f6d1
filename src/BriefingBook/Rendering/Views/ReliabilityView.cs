namespace BriefingBook.Rendering.Views;

/// <summary>A row of the briefing's reliability table.</summary>
public sealed record ReliabilityView(
    SourceLink Source,
    string Dated,
    string Defects,
    string Confidence);
