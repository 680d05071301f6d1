using BriefingBook.Tests.Support;
using Xunit.Abstractions;

namespace BriefingBook.Tests.Browser;

/// <summary>The Nu HTML checker over every page of the repository's book: no error; warnings are printed.</summary>
public sealed class HtmlCheckerTests(ITestOutputHelper output)
{
    [NuCheckerFact]
    public void The_whole_site_has_no_HTML_error()
    {
        using var site = TestSite.CopyOfRealBook();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // A page with known errors beside the site shows the checker ran and reported what it found.
        var control = Path.Combine(site.Root, "control");
        Directory.CreateDirectory(control);
        File.WriteAllText(Path.Combine(control, "broken.html"), "<!DOCTYPE html><html lang=\"en\"><title>x</title><p><div>block in a paragraph</p></span></html>");

        var messages = NuChecker.Check(site.Output, control);

        Assert.Contains(messages, m => m.Type == "error" && m.File.EndsWith("broken.html", StringComparison.Ordinal));
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories).Length;
        var ofSite = messages.Where(m => m.File.StartsWith(site.Output, StringComparison.Ordinal)).ToList();
        foreach (var m in ofSite.Where(m => m.Type != "error"))
            output.WriteLine($"{Path.GetRelativePath(site.Output, m.File)}:{m.Line}: {m.Type}: {m.Message}");
        var errors = ofSite.Where(m => m.Type == "error").Select(m => $"{Path.GetRelativePath(site.Output, m.File)}:{m.Line}: {m.Message}").ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors in {pages} pages:\n" + string.Join("\n", errors));
        Assert.True(pages > 50, $"only {pages} pages checked");
        output.WriteLine($"{pages} pages checked: 0 errors, {ofSite.Count(m => m.Type == "warning")} warnings");
    }
}
