using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Mentions;

/// <summary>
/// One sentence of a source that names an actor: the backlink an actor page shows. <see cref="NameStart"/>
/// and <see cref="NameLength"/> locate the (first) mention within <see cref="Sentence"/>. Plain data: the source
/// and paragraph are named by id (<c>AnalysedBook.Source</c>, <c>AnalysedBook.Paragraph</c> resolve them).
/// </summary>
public sealed record MentionSite(ParagraphRef Paragraph, string Sentence, int NameStart, int NameLength)
{
    public SourceId Source => Paragraph.Source;
}
