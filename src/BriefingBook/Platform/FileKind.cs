namespace BriefingBook.Platform;

/// <summary>What a path names, as <c>lstat</c> sees it (a link is not followed).</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Pipe,
    Device,
    Socket,
    Unknown,
}
