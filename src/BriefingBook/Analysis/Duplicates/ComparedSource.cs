using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Duplicates;

/// <summary>One source as the duplicate session holds it: its passages, and the words of its whole body.</summary>
internal sealed class ComparedSource(Source source, List<ulong> words)
{
    /// <summary>The current object for this source (a new one with an unchanged body and date keeps the passages).</summary>
    public Source Source { get; set; } = source;

    public ComparedPassage[] Passages { get; set; } = [];

    /// <summary>Every word of the prose, for comparing whole stories.</summary>
    public List<ulong> Words { get; } = words;

    /// <summary>The whole body's shingles, made when first needed: few stories are compared whole.</summary>
    public ulong[]? BodyShingles { get; set; }

    /// <summary>The source's place in the earliest-first order of the sources now compared.</summary>
    public int Rank { get; set; }
}
