namespace BriefingBook.Content.Articles;

/// <summary>An editor's override of where the body starts and ends: the start of a seed line each.</summary>
public sealed record BodyBounds(string? FirstLineStart, string? LastLineStart)
{
    public static BodyBounds None { get; } = new(null, null);
}
