namespace BriefingBook.Rendering.Views;

/// <summary>One line of a raw scrape: its number in the seed, fragment id, text, and whether the article body holds it.</summary>
public sealed record RawLineView(
    int Number,
    string Anchor,
    string Text,
    bool InBody);
