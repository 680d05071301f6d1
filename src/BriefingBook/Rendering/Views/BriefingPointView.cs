namespace BriefingBook.Rendering.Views;

/// <summary>A judgement, uncertainty or gap, with the sources, events and notes it rests on.</summary>
public sealed record BriefingPointView(
    string Text,
    IReadOnlyList<CitedSourceView> Sources,
    IReadOnlyList<EventLink> Events,
    IReadOnlyList<CitedNoteView> Notes);
