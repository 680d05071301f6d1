namespace BriefingBook.Rendering;

/// <summary>
/// Every page's place in the site, in one table. Pages are folders with an <c>index.html</c>; links
/// between them are always relative, so the site works from any base path and from disk.
/// </summary>
public static class SiteUrls
{
    public const string Home = "";
    public const string Actors = "actors/";
    public const string Chronology = "chronology/";
    public const string Sources = "sources/";
    public const string Notes = "notes/";

    /// <summary>The editors' coverage page; deliberately not in the reader's navigation.</summary>
    public const string Coverage = "editors/coverage/";
    public const string Stylesheet = "assets/style.css";
    public const string Data = "data/book.json";
    public const string NotFound = "404.html";

    public static string Actor(string id) => $"actors/{id}/";

    public static string Event(string id) => $"events/{id}/";

    public static string Source(string id) => $"sources/{id}/";

    /// <summary>Fragment ids on the notes page, one per editor's note, report conflict and source pair.</summary>
    public static string NoteAnchor(string noteId) => $"note-{noteId}";

    public static string ConflictAnchor(string eventId, string field) => $"conflict-{eventId}-{field}";

    public static string CopiesAnchor(string firstSourceId, string secondSourceId) => $"copies-{firstSourceId}--{secondSourceId}";

    public static string CorroborationAnchor(string eventId) => $"event-{eventId}";

    /// <summary>The file a page folder is written to.</summary>
    public static string FileOf(string page) => page.EndsWith('/') || page.Length == 0 ? page + "index.html" : page;
}
