using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// Finds paragraphs that appear near-verbatim in two sources, and tells copied text from shared formula, with
/// an inverted index of word shingles:
/// <list type="number">
/// <item>every paragraph of every source becomes a set of 5-word shingles (in parallel); a body with no
/// paragraph long enough to compare (a table, a one-line brief) is one passage, compared whole;</item>
/// <item>all (wording, paragraph) entries are sorted by wording (the shingle with its figures masked), so each
/// wording's posting list is a run; in the same pass, each wording is counted in distinct paragraph texts, an
/// IDF-like weight: used by a few, it is uncommon, evidence of copying; used by many, it is formula;</item>
/// <item>each run of two to <see cref="DuplicateOptions.MaxPostings"/> paragraphs from different sources adds
/// one shared wording to each pair in it; a longer run pairs each paragraph only with the run's earliest, which
/// bounds the work and still finds the original;</item>
/// <item>pairs sharing enough wordings are verified on their whole shingle sets: with enough of the shorter
/// paragraph covered they are alike; they are a <see cref="DuplicateKind.Copy"/> when enough of what they
/// share is uncommon, or when their whole stories match, else a <see cref="DuplicateKind.Template"/> match;</item>
/// <item>each paragraph keeps its earliest and its most similar counterparts, at most
/// <see cref="DuplicateOptions.MaxCopiesShown"/>, so a story syndicated hundreds of times does not turn into
/// every pair of its copies; each kept pair gets a word diff, and a copy by its wording that is similar
/// enough a check for changed dates, numbers and names.</item>
/// </list>
/// Cost: sorting the entries (n log n in the corpus size) plus at most <c>MaxPostings</c> pairs per entry,
/// never a comparison of every paragraph with every other.
/// </summary>
public static class DuplicateDetector
{
    /// <summary>
    /// The passages found in two of <paramref name="sources"/>, earliest first. A rebuild that keeps a
    /// <see cref="DuplicateSession"/> gets the same answer by redoing only what changed.
    /// </summary>
    public static IReadOnlyList<DuplicatePassage> Find(IReadOnlyList<Source> sources, DuplicateOptions? options = null) =>
        new DuplicateSession(options).Update(sources);
}
