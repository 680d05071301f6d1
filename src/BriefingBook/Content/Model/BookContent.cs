namespace BriefingBook.Content.Model;

/// <summary>
/// Everything loaded from <c>seeds/</c> and <c>content/</c>, each list sorted by id. Every seed is a
/// <see cref="Source"/> (with or without an editor's entry), which is how seeds reach the rest of the pipeline. Editors' reporting notes (conflicts and flags) come from <c>content/notes/</c>. <see cref="Declared"/>
/// holds every id a file declares, even a file too broken to load, so that one bad file does not make
/// every reference to it an error too.
/// </summary>
public sealed record BookContent(
    BookInfo Book,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Note> Notes,
    DeclaredIds Declared);
