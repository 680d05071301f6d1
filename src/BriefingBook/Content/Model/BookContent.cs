namespace BriefingBook.Content.Model;

/// <summary>Everything loaded from <c>seeds/</c> and <c>content/</c>, each list sorted by id.</summary>
public sealed record BookContent(
    BookInfo Book,
    IReadOnlyList<Seed> Seeds,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Event> Events);
