using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Rendering;

/// <summary>
/// Quote fragment ids are computed by rendering from the ids in the facts: an event quoting one source twice
/// gets <c>q-EVENT</c> and <c>q-EVENT-2</c>, and its page links each report to its own passage.
/// </summary>
public sealed class QuoteAnchorTests
{
    [Fact]
    public void A_second_quote_of_the_same_source_by_one_event_gets_a_number()
    {
        using var site = TestSite.Minimal();
        site.Write("content/events/envoy-meets-minister.md", """
            ---
            title: The envoy meets the minister
            date: 2025-04-21
            actors: [special-envoy]
            reports:
              - source: envoy-talks
                quote: "The special envoy met the acting foreign minister in Kabul"
              - source: envoy-talks
                quote: "Both sides discussed trade, transit and security"
            ---
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var source = site.Read("_site/sources/envoy-talks/index.html");
        var first = source.IndexOf("id=\"q-envoy-meets-minister\"", StringComparison.Ordinal);
        var second = source.IndexOf("id=\"q-envoy-meets-minister-2\"", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, "both anchors, in body order");
        var ev = site.Read("_site/events/envoy-meets-minister/index.html");
        Assert.Contains("sources/envoy-talks/index.html#q-envoy-meets-minister\"", ev, StringComparison.Ordinal);
        Assert.Contains("sources/envoy-talks/index.html#q-envoy-meets-minister-2\"", ev, StringComparison.Ordinal);
    }
}
