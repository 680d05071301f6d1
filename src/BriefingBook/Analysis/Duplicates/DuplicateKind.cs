namespace BriefingBook.Analysis.Duplicates;

/// <summary>Whether two passages share wording because one copies the other, or only because both use a formula.</summary>
public enum DuplicateKind
{
    /// <summary>Copied text: the passages share wording that few other passages use, or the whole stories match.</summary>
    Copy,

    /// <summary>
    /// A wire formula ("The bond is available in denominations of ... and will be listed in Luxembourg"): the
    /// passages are alike, but every shared phrase is one many other passages use with other facts.
    /// </summary>
    Template,
}
