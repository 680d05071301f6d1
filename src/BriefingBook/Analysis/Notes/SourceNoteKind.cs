namespace BriefingBook.Analysis.Notes;

/// <summary>The kinds of reporting note a source page (and <c>book.json</c>) lists.</summary>
public enum SourceNoteKind
{
    Conflict,
    Flag,
    Duplicate,
    Corroboration,
}
