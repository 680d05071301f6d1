namespace BriefingBook.Analysis.Mentions;

/// <summary>
/// One name or alias of one actor, as the matcher sees it. <see cref="Key"/> is the folded, lower-cased
/// form the automaton is built from; <see cref="Exact"/> is the folded form with its case, compared when
/// <see cref="CaseSensitive"/> (acronyms such as "US" must not match the pronoun "us").
/// </summary>
public sealed record NamePattern(string ActorId, string Name, string Key, string Exact, bool CaseSensitive);
