namespace BriefingBook.Rendering.Templates;

/// <summary>The functions the book adds to Scriban's builtins, named in snake_case in templates.</summary>
public static class ThemeFunctions
{
    /// <summary><c>{{ plural n "event" }}</c> writes "1 event" or "3 events", so pages never read "event(s)".</summary>
    public static string Plural(int count, string noun, string? plural = null) => Pages.Views.Count(count, noun, plural);
}
