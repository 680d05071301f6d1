namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// One compared passage: its shingles (sorted, distinct), the wording of each and whether that wording is
/// uncommon (kept up to date as other sources come and go), and a fingerprint of its text, so that
/// word-for-word copies count as one text.
/// </summary>
internal sealed class ComparedPassage
{
    public ComparedPassage(ComparedSource source, int index, PassageRef passage, string text, int paragraphAt, List<ulong> words, List<bool> figures, int size)
    {
        Source = source;
        Index = index;
        Ref = passage;
        Text = text;
        ParagraphAt = paragraphAt;
        var (shingles, wordings) = Shingler.ShinglesAndWordings(words, figures, size);
        Shingles = shingles;
        Wordings = wordings;
        Uncommon = new bool[wordings.Length];
        var fingerprint = 14695981039346656037UL;
        foreach (var s in shingles) fingerprint = (fingerprint ^ s) * 1099511628211UL;
        Fingerprint = fingerprint;
    }

    /// <summary>The session's id for this passage; never reused, so a cached diff can never meet another text.</summary>
    public int Id { get; set; }

    public ComparedSource Source { get; }

    /// <summary>The passage's place among its source's passages: with the source's rank, the earliest-first order.</summary>
    public int Index { get; }

    /// <summary>The paragraph, by id: an unchanged body in a new <see cref="Content.Model.Source"/> object is the same paragraph.</summary>
    public PassageRef Ref { get; }

    /// <summary>The paragraph's text, or the whole body's for a whole-body passage: what the word diff reads.</summary>
    public string Text { get; }

    /// <summary>The paragraph's place in the body's paragraphs (the first prose paragraph for a whole body).</summary>
    public int ParagraphAt { get; }

    public ulong[] Shingles { get; }

    /// <summary>The wording of each shingle, in the order of <see cref="Shingles"/>.</summary>
    public ulong[] Wordings { get; }

    public bool[] Uncommon { get; }

    public ulong Fingerprint { get; }

    /// <summary>Ids of the passages this one is alike with (either kind), for dropping its pairs when it changes.</summary>
    public List<int> Partners { get; } = [];

    /// <summary>Earlier in the earliest-first order: by source, then by place in the source.</summary>
    public bool IsBefore(ComparedPassage other) =>
        Source.Rank < other.Source.Rank || (Source.Rank == other.Source.Rank && Index < other.Index);
}
