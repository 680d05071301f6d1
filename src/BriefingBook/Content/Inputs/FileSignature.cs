namespace BriefingBook.Content.Inputs;

/// <summary>
/// What a file looks like from outside: its size and modification time (nanoseconds on ext4). A rebuild rereads a
/// file only when these differ or the watcher named it, as git's index does; an edit that keeps both (a tool
/// restoring the time) is still caught when the watcher reports the path.
/// </summary>
public readonly record struct FileSignature(long Length, long LastWriteTicks)
{
    /// <summary>The file's signature now, or null when it cannot be read (gone, or no permission).</summary>
    public static FileSignature? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileSignature(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
