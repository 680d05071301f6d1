namespace BriefingBook.Rendering.Views;

/// <summary>An event an actor takes part in, with its number of reports (<c>sources</c>).</summary>
public sealed record ActorEventView(
    string Title,
    DateView? Date,
    string Href,
    int Sources);
