using BriefingBook.Analysis.Conflicts;
using BriefingBook.Analysis.Duplicates;
using BriefingBook.Analysis.Mentions;
using BriefingBook.Engine;

namespace BriefingBook.Analysis.Registered;

/// <summary>The slots the built-in analyses fill. An output reads the slots it needs; an empty slot is an analysis not registered.</summary>
public static class FactSlots
{
    public static readonly FactSlot<LocatedQuotes> Quotes = new("quotes");

    public static readonly FactSlot<MentionIndex> Mentions = new("mentions");

    /// <summary>Passages copied between sources (duplicated reporting).</summary>
    public static readonly FactSlot<IReadOnlyList<DuplicatePassage>> Copies = new("copies");

    /// <summary>Passages alike only because both use a wire formula.</summary>
    public static readonly FactSlot<IReadOnlyList<DuplicatePassage>> Templates = new("templates");

    public static readonly FactSlot<IReadOnlyList<ReportConflict>> Conflicts = new("conflicts");
}
