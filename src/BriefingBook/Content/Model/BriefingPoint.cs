using BriefingBook.Diagnostics;

namespace BriefingBook.Content.Model;

/// <summary>
/// One line of the home page's briefing (a key judgement, a dispute, a gap): the editors' sentence and the
/// sources, events and reporting notes it rests on, so a reader can check it.
/// </summary>
public sealed record BriefingPoint(
    string Text,
    IReadOnlyList<IdRef> Sources,
    IReadOnlyList<IdRef> Events,
    IReadOnlyList<IdRef> Notes,
    SourceLocation At);
