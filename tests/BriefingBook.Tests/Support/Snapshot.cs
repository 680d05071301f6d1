namespace BriefingBook.Tests.Support;

/// <summary>
/// Approved-file snapshots in docfx's style: <c>name.verified.json</c> is committed; a different result is
/// written to <c>name.received.json</c> beside it and the test fails. To accept a change, review the diff and
/// copy the received file over the verified one, or run <c>BRIEFINGBOOK_ACCEPT_SNAPSHOTS=1 dotnet test</c>.
/// </summary>
internal static class Snapshot
{
    public static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "BriefingBook.Tests", "Rendering", "Snapshots");

    public static bool Accepting => Environment.GetEnvironmentVariable("BRIEFINGBOOK_ACCEPT_SNAPSHOTS") == "1";

    public static void Verify(string name, string actual)
    {
        var verified = Path.Combine(Folder, name + ".verified.json");
        var received = Path.Combine(Folder, name + ".received.json");
        actual = actual.ReplaceLineEndings("\n");
        if (!actual.EndsWith('\n')) actual += "\n";
        if (Accepting) File.WriteAllText(verified, actual);
        if (File.Exists(verified) && File.ReadAllText(verified).ReplaceLineEndings("\n") == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"{name}: the result differs from {Rel(verified)}; it is in {Rel(received)}. If the change is intended, review the diff and copy the received file over the verified one (or run BRIEFINGBOOK_ACCEPT_SNAPSHOTS=1 dotnet test)."
            : $"{name}: no snapshot {Rel(verified)} yet; the result is in {Rel(received)}. Review it and rename it to .verified.json (or run BRIEFINGBOOK_ACCEPT_SNAPSHOTS=1 dotnet test).");
    }

    private static string Rel(string path) => Path.GetRelativePath(RepoPaths.Root, path);
}
