namespace BriefingBook.Rendering.Views;

/// <summary>A date as pages show it: the display text, the machine form for <c>&lt;time datetime&gt;</c>, and whether the editors inferred it.</summary>
public sealed record DateView(
    string Text,
    string Machine,
    bool Approximate)
{
    /// <summary>How much of the date is known: <c>day</c>, <c>month</c>, <c>year</c>, <c>decade</c>, <c>century</c>, or <c>span</c> for a range.</summary>
    public string Precision { get; init; } = "day";

    /// <summary>The compact form for one-line lists ("2 Dec 2025", "Apr–May 2025", "c. 2003").</summary>
    public string Compact { get; init; } = Text;
}
