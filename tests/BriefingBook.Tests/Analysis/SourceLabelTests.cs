using BriefingBook.Analysis;
using BriefingBook.Content.Dates;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Analysis;

/// <summary>Short citation labels: derived from outlet, wire and date, set by editors, and unique in a book.</summary>
public sealed class SourceLabelTests
{
    private static BriefingBook.Content.Model.Source Source(string id, string? outlet, string? via, string? published, string? label = null) =>
        Sources.FromText(id, TestSite.SeedText, published) with { Outlet = outlet, Via = via, ShortLabel = label };

    [Theory]
    [InlineData("The Tribune", "ANI", "2025-12-02", "Tribune/ANI, 2 Dec 2025")]
    [InlineData("TKD", "TASS", "2024-05", "TKD/TASS, May 2024")]
    [InlineData(null, "Al Jazeera", "2025", "Al Jazeera, 2025")]
    [InlineData("Reuters", "Reuters", "2025-04..2025-05", "Reuters, Apr–May 2025")]
    [InlineData("Reuters", null, "1980s", "Reuters, 1980s")]
    public void A_label_is_outlet_wire_and_compact_date(string? outlet, string? via, string published, string expected) =>
        Assert.Equal(expected, SourceLabels.Derive(Source("a", outlet, via, published)));

    [Fact]
    public void An_inferred_date_keeps_its_c() =>
        Assert.Equal("c. 2 Dec 2025", PartialDate.Parse("2025-12-02").AsApproximate(true).ToShortDisplay());

    [Fact]
    public void Two_stories_of_one_outlet_on_one_day_are_told_apart_by_date_then_id()
    {
        var labels = SourceLabels.Of([
            Source("tribune-b", "The Tribune", null, "2025-12-02"),
            Source("tribune-a", "The Tribune", null, "2025-12-02"),
            Source("tribune-c", "The Tribune", null, "2025-12-03"),
        ]);

        Assert.Equal("Tribune, 2 Dec 2025 (a)", labels["tribune-a"]);
        Assert.Equal("Tribune, 2 Dec 2025 (b)", labels["tribune-b"]);
        Assert.Equal("Tribune, 3 Dec 2025", labels["tribune-c"]);
        Assert.Equal(3, labels.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void An_editors_label_wins_and_a_derived_label_equal_to_it_gets_a_letter()
    {
        var labels = SourceLabels.Of([
            Source("derived", "The Tribune", null, "2025-12-02"),
            Source("set", null, null, "2024", label: "Tribune, 2 Dec 2025"),
        ]);

        Assert.Equal("Tribune, 2 Dec 2025", labels["set"]);
        Assert.Equal("Tribune, 2 Dec 2025 (a)", labels["derived"]);
    }

    [Fact]
    public void Two_sources_given_one_label_by_editors_is_an_error_at_the_second()
    {
        using var site = TestSite.Minimal();
        site.Write("seeds/other.txt", TestSite.SeedText.Replace("Monday", "Tuesday", StringComparison.Ordinal));
        site.Write("content/sources/envoy-talks.md", "---\nseed: envoy.txt\nheadline: Envoys meet in Kabul\nshort: Envoy story\npublished: 2025-04-21\n---\n");
        site.Write("content/sources/other-talks.md", "---\nseed: other.txt\nheadline: Other\nshort: envoy story\npublished: 2025-04-22\n---\n");

        var error = site.SingleError();

        Assert.Equal(("content/sources/other-talks.md", 4), (error.Location.File, error.Location.Line));
        Assert.Contains("short label `envoy story` is already the label of source `envoy-talks`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_longer_than_a_citation_should_be_is_an_error()
    {
        using var site = TestSite.Minimal();
        site.Write("content/sources/envoy-talks.md", $"---\nseed: envoy.txt\nheadline: Envoys meet in Kabul\nshort: {new string('x', 61)}\npublished: 2025-04-21\n---\n");

        var error = site.SingleError();

        Assert.Equal(("content/sources/envoy-talks.md", 4), (error.Location.File, error.Location.Line));
    }
}
