namespace BriefingBook.Rendering.Views;

/// <summary>The counts on the home page's entry cards; <c>notes</c> is already prose ("2 conflicts, 1 flag, 3 copied passages").</summary>
public sealed record HomeCountsView(
    int Sources,
    int Actors,
    int Events,
    string Notes);
