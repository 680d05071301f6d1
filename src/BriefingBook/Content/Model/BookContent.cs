namespace BriefingBook.Content.Model;

/// <summary>
/// Everything loaded from <c>seeds/</c> and <c>content/</c>, each list sorted by id. <see cref="Declared"/>
/// holds every id a file declares, even a file too broken to load, so that one bad file does not make
/// every reference to it an error too.
/// </summary>
public sealed record BookContent(
    BookInfo Book,
    IReadOnlyList<Seed> Seeds,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Event> Events,
    DeclaredIds Declared);
