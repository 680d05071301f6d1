using BriefingBook.Content.Model;

namespace BriefingBook.Editing;

/// <summary>What of one source the book has not yet used: uncovered sentences and unmatched names, in text order.</summary>
public sealed record SourceCoverage(Source Source, IReadOnlyList<UncoveredSentence> Sentences, IReadOnlyList<UnmatchedName> Names);
