using BriefingBook.Diagnostics;

namespace BriefingBook.Content.Model;

/// <summary>One passage an editor's note rests on: a verbatim quote from a source, and what it says, in the editor's words.</summary>
public sealed record Claim(IdRef Source, string Quote, SourceLocation QuoteAt, string? Says);
