namespace BriefingBook.Content.Model;

/// <summary>One paragraph of a source's cleaned body, numbered from 1 as the source page numbers it (<c>#p3</c>).</summary>
public readonly record struct ParagraphRef(SourceId Source, int Number);
