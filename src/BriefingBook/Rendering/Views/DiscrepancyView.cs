namespace BriefingBook.Rendering.Views;

/// <summary>A date, number or name that differs between two copies.</summary>
public sealed record DiscrepancyView(
    string Kind,
    string Here,
    string There);
