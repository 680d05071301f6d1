namespace BriefingBook.Rendering.Views;

/// <summary>The copied passages between two sources. <c>anchor</c> is null on a family page.</summary>
public sealed record CopyPairView(
    string? Anchor,
    SourceLink First,
    SourceLink Second,
    int Count,
    IReadOnlyList<CopyView> Passages);
