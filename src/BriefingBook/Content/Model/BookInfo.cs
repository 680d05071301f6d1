using BriefingBook.Content.Inputs;

namespace BriefingBook.Content.Model;

/// <summary><c>content/book.yml</c>: what the book is called, how it is published, and the home page's briefing.</summary>
public sealed record BookInfo(
    string Title,
    string? Subtitle,
    string? DescriptionMarkdown,
    string? BaseUrl,
    string Language,
    string Theme,
    Briefing Briefing)
{
    /// <summary>The largest input file of each kind the build reads (<c>limits:</c>).</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;

    public static BookInfo Untitled { get; } = new("Briefing book", null, null, null, "en", "default", Briefing.Empty);
}
