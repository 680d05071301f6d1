namespace BriefingBook.Publishing;

/// <summary>
/// Keeps two builds from publishing into one folder at once (they would race on the swap). A lock file
/// beside the output folder, held open exclusively for the build: .NET takes an advisory <c>flock</c> on it,
/// which belongs to the open file (unlike <c>fcntl</c> record locks, closing another handle to the file does
/// not drop it) and which the kernel releases when the process ends however it ends, so a killed build
/// never leaves a stale lock. The file itself stays (deleting it would let a third build lock a new file
/// while a second still holds the old one); it is hidden and empty.
/// </summary>
public sealed class BuildLock : IDisposable
{
    private readonly FileStream _stream;

    private BuildLock(FileStream stream) => _stream = stream;

    public static string PathFor(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? full, $".{Path.GetFileName(full)}.lock");
    }

    /// <exception cref="OutputRefusedException">Another build holds the lock.</exception>
    public static BuildLock Acquire(string output)
    {
        var path = PathFor(output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            throw new OutputRefusedException($"another build is writing `{output}` (it holds `{path}`); wait for it to finish, or stop it");
        }
    }

    public void Dispose() => _stream.Dispose();
}
