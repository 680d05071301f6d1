namespace BriefingBook.Editing;

/// <summary>A capitalised name that is not proposed as an actor: a place ("in Kabul") or a named happening ("the Afghan Civil War").</summary>
public sealed record OtherName(string Name, string What, BodySentence Sentence);
