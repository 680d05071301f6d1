using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Duplicates;

/// <summary>One paragraph of one source.</summary>
public sealed record PassageRef(Source Source, BodyParagraph Paragraph);
