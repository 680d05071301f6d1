namespace BriefingBook.Rendering.Views;

/// <summary>One sentence naming the actor, split around the name so the name can be marked.</summary>
public sealed record MentionSentenceView(
    string Before,
    string Name,
    string After,
    string Href,
    int Paragraph);
