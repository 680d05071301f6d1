namespace BriefingBook.Serving;

/// <summary>
/// What <c>serve</c> previews and where: the book's folder, the port on 127.0.0.1 (0 picks a free one), and the
/// page options of a build. The server listens on the loopback address only: a preview is for the editor at the
/// machine, not the network. <paramref name="Progress"/> hears the builds' progress, as in <see cref="BuildOptions"/>.
/// </summary>
public sealed record ServeOptions(
    string Root,
    int Port = ServeOptions.DefaultPort,
    bool PrettyUrls = false,
    bool EditorsPages = false,
    IProgress<Engine.BuildProgress>? Progress = null)
{
    public const int DefaultPort = 8800;
}
