namespace BriefingBook.Analysis.Notes;

/// <summary>The kinds of reporting note a source page (and <c>book.json</c>) lists.</summary>
public enum SourceNoteKind
{
    Conflict,
    Flag,
    Duplicate,
    Corroboration,

    /// <summary>A passage alike another only in a wire formula both use: in <c>book.json</c>, not on the pages.</summary>
    Template,
}
