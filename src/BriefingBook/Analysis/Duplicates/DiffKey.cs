namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// What a shown pair's diff and flagged facts depend on: the two passages (ids are never reused, so one id is
/// always one text), earlier first, the kind, and whether facts are checked.
/// </summary>
internal readonly record struct DiffKey(int First, int Second, DuplicateKind Kind, bool CheckFacts);
