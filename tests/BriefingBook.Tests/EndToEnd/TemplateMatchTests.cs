using System.Text.Json;
using AngleSharp.Html.Parser;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.EndToEnd;

/// <summary>
/// Template matches end to end: the wire stories of <c>Fixtures/wire/</c> dropped into a small book. The bond
/// stories' formula paragraphs are not shown as duplicated reporting on their pages nor on the notes page, and
/// are listed apart in book.json (<c>kind: "template"</c>); the lifted debt paragraph is a copy with a
/// possible conflict whose note says which words differ.
/// </summary>
public sealed class TemplateMatchTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Formula_matches_are_listed_apart_in_book_json_and_not_shown_as_copies()
    {
        using var site = TestSite.Minimal();
        foreach (var file in Directory.GetFiles(RepoPaths.Fixture("wire")))
            site.Write("seeds/" + Path.GetFileName(file), File.ReadAllText(file));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var json = JsonDocument.Parse(site.Read("_site/data/book.json"));
        var notes = json.RootElement.GetProperty("sources").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("notes").EnumerateArray().ToArray());
        var template = Assert.Single(notes["bond-1"], n => n.GetProperty("sources")[0].GetString() == "bond-5");
        Assert.Equal("template", template.GetProperty("kind").GetString());
        Assert.DoesNotContain(notes.Where(kv => kv.Key.StartsWith("bond", StringComparison.Ordinal)).SelectMany(kv => kv.Value),
            n => n.GetProperty("kind").GetString() is "duplicate" or "conflict");

        var bond = Parser.ParseDocument(site.Read("_site/sources/bond-1/index.html"));
        Assert.Empty(bond.QuerySelectorAll(".article-body .copied"));
        Assert.Null(bond.GetElementById("copied-text"));
        var notesPage = Parser.ParseDocument(site.Read("_site/notes/index.html"));
        Assert.DoesNotContain(notesPage.QuerySelectorAll("#copies a"), a => a.GetAttribute("href")!.Contains("bond-", StringComparison.Ordinal));

        var possible = Assert.Single(notes["brazil-lifted"], n => n.TryGetProperty("possible", out _));
        Assert.Equal(
            "Possible conflict (number): paragraph 2 says “about 16 billion” where its copy in Brazil seeks talks…, undated (paragraph 2) says “about 15 billion”.",
            possible.GetProperty("summary").GetString());
    }
}
