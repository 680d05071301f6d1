namespace BriefingBook.Rendering.Views;

/// <summary>The sentences of one source that name the actor: the first few, and how many more.</summary>
public sealed record MentionGroupView(
    SourceLink Source,
    int Count,
    IReadOnlyList<MentionSentenceView> Sentences,
    int More,
    string Href);
