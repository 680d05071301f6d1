namespace BriefingBook.Rendering.Views;

/// <summary>A date as pages show it: the display text, the machine form for <c>&lt;time datetime&gt;</c>, and whether the editors inferred it.</summary>
public sealed record DateView(
    string Text,
    string Machine,
    bool Approximate);
