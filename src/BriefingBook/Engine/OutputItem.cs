namespace BriefingBook.Engine;

/// <summary>
/// One file an output will write: where, what it is made from (<see cref="DependsOn"/>, worked out in parallel while
/// rendering), and how to make it. Planning is cheap; <see cref="Render"/> runs only when the fingerprint differs from
/// the last build's, or the sink has no copy to keep. <see cref="CopyFrom"/>, when set, names a file on disk to copy instead (a theme asset).
/// </summary>
public sealed record OutputItem(string Path, Func<Fingerprint> DependsOn, Func<byte[]>? Render, string? CopyFrom = null);
