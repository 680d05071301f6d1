namespace BriefingBook.Engine;

/// <summary>
/// 128 bits standing for everything an output item was made from. Two builds that give an item the same
/// fingerprint give it the same bytes, so a rebuild keeps the file instead of rendering it again.
/// </summary>
public readonly record struct Fingerprint(ulong High, ulong Low);
