using System.Globalization;

namespace BriefingBook.Publishing;

/// <summary>
/// Keeps two builds from publishing into one folder at once (they would race on the swap). A lock file
/// beside the output folder, held open exclusively for the build: .NET takes an advisory <c>flock</c> on it,
/// which the kernel releases when the process ends however it ends, so a killed build never leaves a stale
/// lock. The file itself stays (deleting it would let a third build lock a new file while a second still
/// holds the old one); it is hidden and tiny.
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
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            var holder = "";
            try
            {
                holder = File.ReadAllText(path).Trim();
            }
            catch (IOException)
            {
                // The holder's pid is only a courtesy.
            }

            throw new OutputRefusedException($"another build is writing `{output}`{(holder.Length > 0 ? $" (process {holder})" : "")}; wait for it to finish, or stop it");
        }

        stream.SetLength(0);
        var pid = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        stream.Write(System.Text.Encoding.ASCII.GetBytes(pid + "\n"));
        stream.Flush();
        return new BuildLock(stream);
    }

    public void Dispose() => _stream.Dispose();
}
