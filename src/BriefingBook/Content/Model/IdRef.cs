using BriefingBook.Diagnostics;

namespace BriefingBook.Content.Model;

/// <summary>A reference to another entry by id, remembering where it was written so a bad one can be reported.</summary>
public sealed record IdRef(string Id, SourceLocation At);
