namespace BriefingBook.Rendering.Views;

/// <summary>An editors' note (a conflict or a flag) with the claims it rests on.</summary>
public sealed record EditorNoteView(
    string Id,
    string Anchor,
    string Href,
    string Kind,
    string Title,
    string? BodyHtml,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<EventLink> Events);
