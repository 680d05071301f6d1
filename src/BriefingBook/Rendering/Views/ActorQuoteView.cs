namespace BriefingBook.Rendering.Views;

/// <summary>A quoted passage of an event the actor takes part in.</summary>
public sealed record ActorQuoteView(
    string Text,
    string Href,
    string Source,
    string EventTitle,
    string EventHref);
