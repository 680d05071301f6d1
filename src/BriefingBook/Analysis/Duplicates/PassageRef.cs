using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// One paragraph of one source. For a short body (no paragraph long enough to compare: an earnings table, a
/// one-line brief) the whole body is one passage: <see cref="WholeBody"/> is set and <see cref="Paragraph"/>
/// is the first paragraph with the text of the whole body.
/// </summary>
public sealed record PassageRef(Source Source, BodyParagraph Paragraph)
{
    public bool WholeBody { get; init; }
}
