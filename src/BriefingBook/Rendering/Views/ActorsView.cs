namespace BriefingBook.Rendering.Views;

/// <summary>The <c>actors</c> layout: every actor, grouped by kind.</summary>
public sealed record ActorsView(
    IReadOnlyList<ActorGroupView> Groups,
    int Count) : PageView;
