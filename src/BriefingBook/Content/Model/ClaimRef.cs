namespace BriefingBook.Content.Model;

/// <summary>One claim of an editor's note: its position (from 0) in the note's list of claims.</summary>
public readonly record struct ClaimRef(NoteId Note, int Index);
