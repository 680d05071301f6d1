using BriefingBook.Diagnostics;

namespace BriefingBook.Content.Model;

/// <summary>
/// One row of the source-reliability table: how a source was dated, what is wrong with its text, and how far
/// its date can be trusted. Outlet and wire come from the source entry itself, so they are written once.
/// </summary>
public sealed record SourceReliability(IdRef Source, string Dated, string Defects, DatingConfidence Confidence, SourceLocation At);
