namespace BriefingBook.Editing;

/// <summary>A body sentence that carries a date, a number or a quoted statement, which no event report or note quotes.</summary>
public sealed record UncoveredSentence(BodySentence Sentence, IReadOnlyList<string> Carries);
