namespace BriefingBook.Editing;

/// <summary>A capitalised name in a source that no actor's name or alias matches: a new name, a near miss of a known one, a place or a named happening.</summary>
public sealed record UnmatchedName(string Name, string What, BodySentence Sentence);
