namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// The shingle index the duplicate detector reads: which compared passages use each <em>wording</em> (a shingle
/// with its figures masked, see <see cref="Shingler"/>), and how many different texts use it. Today it is
/// <see cref="MemoryDuplicateIndex"/>; a book of millions of articles could keep it in a distributed search
/// engine instead (one document per passage, its wordings as terms). Whatever keeps it must guarantee:
/// <list type="bullet">
/// <item>read-your-writes: after <see cref="Add"/> or <see cref="Remove"/> returns, every query sees the change;</item>
/// <item>exact answers: <see cref="Postings"/> lists every use, <see cref="Uses"/> counts them, and
/// <see cref="TextsUsing"/> is an exact count up to its limit (an estimate, as a MinHash sketch gives, would
/// change which wording is uncommon, and so whether a pair is a copy or a template match);</item>
/// <item>nothing more: the detector never depends on the order of postings, so a backend may return them in
/// any order, and the detector's result is still the same bytes.</item>
/// </list>
/// Queries may run on several threads at once, never while an <see cref="Add"/> or <see cref="Remove"/> runs.
/// </summary>
public interface IDuplicateIndex
{
    /// <summary>Indexes the compared passages of one source (a source already indexed is first removed).</summary>
    void Add(string sourceId, IReadOnlyList<IndexedPassage> passages);

    /// <summary>Forgets every passage of one source; a source not indexed is ignored.</summary>
    void Remove(string sourceId);

    /// <summary>
    /// Fills <paramref name="into"/> (cleared first) with the id of every passage using <paramref name="wording"/>,
    /// once per use: a passage using one wording twice (a formula repeated with other figures) is listed twice.
    /// </summary>
    void Postings(ulong wording, List<int> into);

    /// <summary>How many uses <see cref="Postings"/> would list: the detector pairs a wording's passages only below a cap.</summary>
    int Uses(ulong wording);

    /// <summary>
    /// How many different passage texts (distinct <see cref="IndexedPassage.Fingerprint"/>s) use
    /// <paramref name="wording"/>, counted up to <paramref name="atMost"/> (a backend may stop there): its
    /// document frequency, with a text syndicated word for word counted once. The detector only asks whether it
    /// is above <see cref="DuplicateOptions.RareTexts"/>.
    /// </summary>
    int TextsUsing(ulong wording, int atMost);
}
