using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// One paragraph of one source, by id (<c>AnalysedBook.Paragraph</c> resolves it). For a short body (no paragraph
/// long enough to compare: an earnings table, a one-line brief) the whole body is one passage:
/// <see cref="WholeBody"/> is set and <see cref="Paragraph"/> is the first prose paragraph.
/// </summary>
public sealed record PassageRef(ParagraphRef Paragraph)
{
    public bool WholeBody { get; init; }

    public SourceId Source => Paragraph.Source;
}
