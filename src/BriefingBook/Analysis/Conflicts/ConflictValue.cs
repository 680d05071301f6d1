using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Conflicts;

/// <summary>The value one report gives for a field, as shown (a date for display, an actor's id for "first").</summary>
public sealed record ConflictValue(Report Report, string Value);
