using BriefingBook.Content.Inputs;

namespace BriefingBook.Content.Model;

/// <summary><c>content/book.yml</c>: what the book is called and how it is published.</summary>
public sealed record BookInfo(
    string Title,
    string? Subtitle,
    string? DescriptionMarkdown,
    string? BaseUrl,
    string Language,
    string Theme)
{
    /// <summary>The largest input file of each kind the build reads (<c>limits:</c>).</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;

    public static BookInfo Untitled { get; } = new("Briefing book", null, null, null, "en", "default");
}
