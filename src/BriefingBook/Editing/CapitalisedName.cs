namespace BriefingBook.Editing;

/// <summary>A run of capitalised words in a sentence that may name a person, organisation or state.</summary>
public sealed record CapitalisedName(string Text, int Start);
