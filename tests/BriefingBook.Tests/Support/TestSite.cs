using BriefingBook.Diagnostics;
using BriefingBook.Publishing;

namespace BriefingBook.Tests.Support;

/// <summary>
/// A tiny book in a temporary folder, written from inline files, with the repository's default theme.
/// Tests build it and assert on the diagnostics or the files it writes.
/// </summary>
internal sealed class TestSite : IDisposable
{
    public const string SeedText =
        "Home | World | Sport\n" +
        "Advertisement\n" +
        "Envoys meet in Kabul\n" +
        "\n" +
        "The special envoy met the acting foreign minister in Kabul on Monday, officials said in a statement.\n" +
        "\n" +
        "Advertisement\n" +
        "\n" +
        "Both sides discussed trade, transit and security, and agreed to meet again before the end of the year.\n" +
        "\n" +
        "Read next\n" +
        "Another story about something else entirely, with many words in a full sentence here.\n";

    public TestSite(bool withTheme = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "bb-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (withTheme) CopyTree(RepoPaths.DefaultTheme, Path.Combine(Root, "themes", "default"));
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    /// <summary>
    /// Folders a build left beside <c>_site/</c> other than the standby (the previous site, which the next build
    /// reuses on purpose): staging or old sites of killed builds, which must never pile up.
    /// </summary>
    public IReadOnlyList<string> LeftoverFolders() =>
        Directory.GetDirectories(Root, "._site.*").Where(d => d != AtomicSwapSink.StandbyOf(Output)).ToList();

    /// <summary>A valid minimal book: one seed, one source, two actors, one event.</summary>
    public static TestSite Minimal()
    {
        var site = new TestSite();
        site.Write("content/book.yml", "title: Test book\nsubtitle: A small one\n");
        site.Write("seeds/envoy.txt", SeedText);
        site.Write("content/sources/envoy-talks.md", """
            ---
            seed: envoy.txt
            headline: Envoys meet in Kabul
            outlet: Test Outlet
            published: 2025-04-21
            ---
            A short article.
            """);
        site.Write("content/actors/special-envoy.md", """
            ---
            name: Special Envoy
            kind: person
            aliases: [envoy]
            ---
            The envoy.
            """);
        site.Write("content/actors/kabul-government.md", """
            ---
            name: Kabul Government
            kind: organisation
            ---
            """);
        site.Write("content/events/envoy-meets-minister.md", """
            ---
            title: The envoy meets the minister
            date: 2025-04-21
            actors: [special-envoy, kabul-government]
            reports:
              - source: envoy-talks
                quote: "The special envoy met the acting foreign minister in Kabul"
            ---
            They met.
            """);
        return site;
    }

    /// <summary>A copy of the repository's own book (content/, seeds/ and the default theme), to change freely.</summary>
    public static TestSite CopyOfRealBook()
    {
        var site = new TestSite();
        CopyTree(Path.Combine(RepoPaths.Root, "content"), Path.Combine(site.Root, "content"));
        CopyTree(RepoPaths.Seeds, Path.Combine(site.Root, "seeds"));
        return site;
    }

    /// <summary>Replaces the minimal book's event with one that differs in the given fields.</summary>
    public TestSite WriteEvent(
        string date = "2025-04-21",
        string actors = "[special-envoy]",
        string quote = "The special envoy met the acting foreign minister in Kabul",
        string source = "envoy-talks",
        string id = "envoy-meets-minister",
        string extra = "") =>
        Write($"content/events/{id}.md",
            $"---\ntitle: The envoy meets the minister\ndate: {date}\nactors: {actors}\n{extra}reports:\n  - source: {source}\n    quote: \"{quote}\"\n---\n");

    public TestSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public BuildResult Check() => BookBuilder.Check(Root);

    public BuildResult Build(bool pretty = false, bool editorsPages = false) => BookBuilder.Build(new BuildOptions(Root, Output, pretty, EditorsPages: editorsPages));

    /// <summary>The only error of a check, asserting there is exactly one.</summary>
    public Diagnostic SingleError()
    {
        var errors = Check().Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
        Assert.True(errors.Length == 1, "expected one error, got:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        return errors[0];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }

    public static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
    }
}
