using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Rendering;

/// <summary>
/// The full HTML of a few pages of the small fixture book, compared with files in <c>Rendering/Golden/</c>.
/// A template change shows up as a diff a reviewer can read. After an intended change, regenerate with
/// <c>BRIEFINGBOOK_UPDATE_GOLDEN=1 dotnet test</c> and review the diff before committing.
/// </summary>
public sealed class GoldenPageTests
{
    private static readonly string GoldenFolder = Path.Combine(RepoPaths.Root, "tests", "BriefingBook.Tests", "Rendering", "Golden");

    [Theory]
    [InlineData("sources/envoy-talks/index.html", "source.html")]
    [InlineData("events/envoy-meets-minister/index.html", "event.html")]
    [InlineData("chronology/index.html", "chronology.html")]
    public void Page_matches_its_golden_file(string page, string golden)
    {
        using var site = TestSite.Minimal();
        Assert.True(site.Build().Succeeded);
        var actual = site.Read(Path.Combine("_site", page));
        var path = Path.Combine(GoldenFolder, golden);

        if (Environment.GetEnvironmentVariable("BRIEFINGBOOK_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, actual);

        Assert.True(File.Exists(path), $"no golden file {path}; run with BRIEFINGBOOK_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
