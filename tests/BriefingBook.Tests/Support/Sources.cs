using BriefingBook.Content.Articles;
using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;

namespace BriefingBook.Tests.Support;

/// <summary>Sources made straight from scraped text, cleaned by the real boilerplate rules, for analysis tests.</summary>
internal static class Sources
{
    public static Source FromText(string id, string text, string? published = null)
    {
        var body = BoilerplateRemover.Clean(text);
        var at = new SourceLocation($"seeds/{id}.txt", 1);
        return new Source(id, at, new Seed(id + ".txt", at.File, text), body, body.HeadlineGuess ?? id, null, null, null,
            published is null ? null : PartialDate.Parse(published), null, null, null, HasEntry: false);
    }

    public static Source FromFile(string id, string path, string? published = null) => FromText(id, File.ReadAllText(path), published);
}
