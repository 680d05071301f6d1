using BriefingBook.Rendering;

namespace BriefingBook.Tests.Outputs;

/// <summary>
/// The page scanner lets through exactly two script elements, each in one form: the JSON-LD data block, which cannot
/// hold a <c>&lt;</c>, and the search loader by a same-site path. Anything else is still a script.
/// </summary>
public sealed class ScriptBlockTests
{
    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"a\":\"\\u003C/script\\u003E\"}</script><p>ok</p>")]
    [InlineData("<script type=\"application/ld+json\">{}</SCRIPT>")]
    [InlineData("<script src=\"../../assets/search.js\" defer></script>")]
    [InlineData("<script defer src=\"assets/search.js\"></script>")]
    [InlineData("<script src=\"/book/assets/search.js\" defer></script>")]
    public void The_data_block_and_the_search_loader_pass(string html) => Assert.Null(ScriptFreeHtml.FindScript(html));

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"a\":\"</script><script>alert(1)</script>\"}</script>")]
    [InlineData("<script type=\"application/ld+json\">{\"a\":\"<!--\"}</script>")]
    [InlineData("<script type=\"application/ld+json\">{\"a\":1}")]
    [InlineData("<script type=\"application/ld+json\" src=\"x.js\"></script>")]
    [InlineData("<script type=\"application/json\">{}</script>")]
    [InlineData("<script type=\"APPLICATION/LD+JSON\">{}</script>")]
    [InlineData("<script type=\"module\">import x from 'y'</script>")]
    [InlineData("<script type=\"application/ld+json\" onload=\"alert(1)\">{}</script>")]
    [InlineData("<script src=\"https://evil.example/assets/search.js\" defer></script>")]
    [InlineData("<script src=\"//evil.example/assets/search.js\" defer></script>")]
    [InlineData("<script src=\"../../assets/search.js\"></script>")]
    [InlineData("<script src=\"../../assets/search.js\" defer>alert(1)</script>")]
    [InlineData("<script src=\"../../assets/search.js\" defer async></script>")]
    [InlineData("<script src=\"../../assets/other.js\" defer></script>")]
    [InlineData("<script src=../../assets/search.js defer></script>")]
    [InlineData("<script type=\"application/ld+json>{}</script>")]
    [InlineData("<script type=\"application/ld+json\" type=\"application/ld+json\">{}</script>")]
    [InlineData("<script src=\"../../assets/search.js\" defer=\"\"></script>")]
    [InlineData("<script>alert(1)</script>")]
    public void Any_other_script_is_found(string html) => Assert.NotNull(ScriptFreeHtml.FindScript(html));

    [Fact]
    public void Structured_data_can_never_close_its_script_element()
    {
        using var site = Support.TestSite.Minimal();
        site.Write("content/actors/special-envoy.md", "---\nname: \"</script><script>alert(1)</script> <!-- &\"\nkind: person\n---\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var json = StructuredData.For(result.Book!, new Page("actors/special-envoy/", "actor", "x", new BriefingBook.Rendering.Views.NotFoundView("/")), u => u);
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", json, StringComparison.Ordinal);
        Assert.Null(ScriptFreeHtml.FindScript($"<script type=\"application/ld+json\">{json}</script>"));
        Assert.Equal("</script><script>alert(1)</script> <!-- &", System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("name").GetString());
    }
}
