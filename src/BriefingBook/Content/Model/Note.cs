using BriefingBook.Diagnostics;

namespace BriefingBook.Content.Model;

/// <summary>An editor's reporting note from <c>content/notes/</c>: a conflict or a flag, with the quotes it rests on.</summary>
public sealed record Note(
    string Id,
    SourceLocation At,
    NoteKind Kind,
    string Title,
    IReadOnlyList<IdRef> Events,
    IReadOnlyList<Claim> Claims,
    string? BodyMarkdown);
