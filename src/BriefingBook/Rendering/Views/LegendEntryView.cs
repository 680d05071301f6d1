namespace BriefingBook.Rendering.Views;

/// <summary>One mark of the article text explained in visible words: its kind (for the sample's class), how it looks, what it means.</summary>
public sealed record LegendEntryView(
    string Kind,
    string Sample,
    string Meaning);
