namespace BriefingBook.Rendering.Views;

/// <summary>The actors of one kind (people, states, organisations, groups) in the printable book.</summary>
public sealed record BookActorGroupView(string Label, IReadOnlyList<BookActorView> Actors);
