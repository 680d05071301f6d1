using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Mentions;

/// <summary>
/// One sentence of a source that names an actor: the backlink an actor page shows. <see cref="NameStart"/>
/// and <see cref="NameLength"/> locate the (first) mention within <see cref="Sentence"/>.
/// </summary>
public sealed record MentionSite(Source Source, BodyParagraph Paragraph, string Sentence, int NameStart, int NameLength);
