namespace BriefingBook.Analysis.Conflicts;

/// <summary>
/// How an event is in question, each with its own mark: a reader must be able to tell "two sources disagree"
/// from "one source contradicts itself" and from "a source has a defect".
/// </summary>
public enum DisputeKind
{
    /// <summary>Two or more sources that report the event give different values, or an editors' conflict note names two or more of them.</summary>
    SourcesDisagree,

    /// <summary>One source gives two values, or an editors' conflict note quotes one source only.</summary>
    ContradictsItself,

    /// <summary>An editors' conflict note about the event cites sources that do not report it: they contradict it from outside.</summary>
    ContradictedElsewhere,

    /// <summary>An editors' flag on the event: a defect in one source's text.</summary>
    Flagged,
}
