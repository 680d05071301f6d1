namespace BriefingBook.Rendering.Views;

/// <summary>
/// A labelled mark on an event (<c>kind</c>: <c>key</c>, <c>disagree</c>, <c>self</c>, <c>contradicted</c>,
/// <c>flag</c>, <c>garbled</c>): the visible <c>label</c>, where the reason is (null for a key date) and
/// what the mark means, in a sentence, for legends and title attributes.
/// </summary>
public sealed record MarkView(
    string Kind,
    string Label,
    string? Href,
    string Explanation);
