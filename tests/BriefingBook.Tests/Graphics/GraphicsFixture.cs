using BriefingBook.Analysis;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Graphics;

/// <summary>The repository's book, built once for the graphics tests, and a way to check that a link from a page lands on a page and anchor of that site.</summary>
public sealed class GraphicsFixture : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bb-graphics-" + Guid.NewGuid().ToString("N"));

    public GraphicsFixture()
    {
        Output = Path.Combine(_folder, "_site");
        var result = BookBuilder.Build(new BuildOptions(RepoPaths.Root, Output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        RealBook = result.Book!;
    }

    public string Output { get; }

    public AnalysedBook RealBook { get; }

    /// <summary>A link as a browser reading from disk follows it: the file (a folder means its index.html) and the fragment.</summary>
    public static string Resolve(string page, string href)
    {
        var hash = href.IndexOf('#');
        var fragment = hash < 0 ? "" : href[hash..];
        var path = hash < 0 ? href : href[..hash];
        var target = path.Length == 0 ? page : Path.GetRelativePath("/", Path.GetFullPath(Path.Combine("/", page, path))).Replace('\\', '/');
        if (target is "." or "") target = "";
        if (path.Length == 0 || path.EndsWith('/') || target.Length == 0 || Path.GetExtension(target).Length == 0)
            target = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target + "/index.html";
        return target + fragment;
    }

    public void AssertResolves(string page, string href)
    {
        var resolved = Resolve(page, href);
        var hash = resolved.IndexOf('#');
        var file = Path.Combine(Output, hash < 0 ? resolved : resolved[..hash]);
        Assert.True(File.Exists(file), $"{page}: {href} leads to {resolved}, which the site does not have");
        if (hash >= 0) Assert.Contains($"id=\"{resolved[(hash + 1)..]}\"", File.ReadAllText(file));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
