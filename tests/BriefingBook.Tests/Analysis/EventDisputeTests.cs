using System.Text.Json;
using BriefingBook.Analysis.Conflicts;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Analysis;

/// <summary>
/// The badge rule, one fixture book per case: "sources disagree" only where two or more sources reporting an
/// event differ (in a report value, or in an editors' conflict note quoting them); a source contradicting itself,
/// a conflict from sources that do not report the event, and a flag each get their own kind; <c>conflict</c> in
/// book.json is true for the first case only.
/// </summary>
public sealed class EventDisputeTests
{
    private const string WireSeed = """
        Wire Service
        Envoy and minister talk trade

        The special envoy held talks with the acting foreign minister in Herat on Tuesday, the ministry said.

        Trade, transit and security were on the agenda, with three agreements signed by both sides.
        """;

    /// <summary>The minimal book (one source reporting the meeting) plus a second article; <paramref name="wireReports"/> says whether it reports the meeting too.</summary>
    private static TestSite Book(string firstValue = "", string secondValue = "", bool wireReports = true)
    {
        var site = TestSite.Minimal();
        site.Write("seeds/wire.txt", WireSeed);
        site.Write("content/sources/wire-talks.md", """
            ---
            seed: wire.txt
            headline: Envoy and minister talk trade
            outlet: Wire Service
            published: 2025-04-23
            ---
            """);
        var wire = wireReports
            ? $"""
                  - source: wire-talks
                    quote: "The special envoy held talks with the acting foreign minister in Herat on Tuesday"
                {secondValue}
                """
            : "";
        site.Write("content/events/envoy-meets-minister.md", $"""
            ---
            title: The envoy meets the minister
            date: 2025-04
            actors: [special-envoy, kabul-government]
            reports:
              - source: envoy-talks
                quote: "The special envoy met the acting foreign minister in Kabul"
            {firstValue}
            {wire}
            ---
            """);
        return site;
    }

    private static void Note(TestSite site, string kind, params (string Source, string Quote)[] claims) =>
        site.Write("content/notes/a-note.md", $"""
            ---
            kind: {kind}
            title: A note
            events: [envoy-meets-minister]
            claims:
            {string.Join("\n", claims.Select(c => $"  - source: {c.Source}\n    quote: \"{c.Quote}\""))}
            ---
            """);

    private static (string Kinds, bool Conflict) Disputes(TestSite site)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var book = result.Book!;
        var ev = book.EventsById["envoy-meets-minister"];
        var json = JsonDocument.Parse(site.Read("_site/data/book.json")).RootElement.GetProperty("events")[0];
        Assert.Equal(book.IsContested(ev), json.GetProperty("conflict").GetBoolean());
        Assert.Equal(book.DisputesOf(ev).Count, json.GetProperty("disputes").GetArrayLength());
        return (string.Join(", ", book.DisputesOf(ev).Select(d => d.Kind)), json.GetProperty("conflict").GetBoolean());
    }

    [Fact]
    public void Two_sources_giving_different_values_disagree()
    {
        using var site = Book("    place: Kabul", "    place: Herat");

        Assert.Equal((nameof(DisputeKind.SourcesDisagree), true), Disputes(site));
    }

    [Fact]
    public void Two_sources_giving_the_same_value_do_not()
    {
        using var site = Book("    place: Kabul", "    place: Kabul");

        Assert.Equal(("", false), Disputes(site));
    }

    [Fact]
    public void One_source_giving_two_values_contradicts_itself()
    {
        using var site = Book("    place: Kabul", wireReports: false);
        site.Write("content/events/envoy-meets-minister.md", """
            ---
            title: The envoy meets the minister
            date: 2025-04
            actors: [special-envoy]
            reports:
              - source: envoy-talks
                quote: "The special envoy met the acting foreign minister in Kabul"
                place: Kabul
              - source: envoy-talks
                quote: "Both sides discussed trade"
                place: Herat
            ---
            """);

        Assert.Equal((nameof(DisputeKind.ContradictsItself), false), Disputes(site));
    }

    [Fact]
    public void A_conflict_note_quoting_two_reporting_sources_is_a_disagreement()
    {
        using var site = Book();
        Note(site, "conflict", ("envoy-talks", "in Kabul on Monday"), ("wire-talks", "in Herat on Tuesday"));

        Assert.Equal((nameof(DisputeKind.SourcesDisagree), true), Disputes(site));
    }

    [Fact]
    public void A_conflict_note_quoting_one_source_twice_is_a_self_contradiction()
    {
        using var site = Book();
        Note(site, "conflict", ("envoy-talks", "in Kabul on Monday"), ("envoy-talks", "Both sides discussed trade"));

        Assert.Equal((nameof(DisputeKind.ContradictsItself), false), Disputes(site));
    }

    [Fact]
    public void A_conflict_from_a_source_that_does_not_report_the_event_is_a_contradiction_from_outside()
    {
        using var site = Book(wireReports: false);
        Note(site, "conflict", ("envoy-talks", "in Kabul on Monday"), ("wire-talks", "in Herat on Tuesday"));

        Assert.Equal((nameof(DisputeKind.ContradictedElsewhere), false), Disputes(site));
    }

    [Fact]
    public void A_flag_is_a_flag_not_a_disagreement()
    {
        using var site = Book("    place: Kabul", "    place: Kabul");
        Note(site, "flag", ("wire-talks", "in Herat on Tuesday"));

        Assert.Equal((nameof(DisputeKind.Flagged), false), Disputes(site));
    }

    [Fact]
    public void Each_mark_has_its_own_label_and_leads_to_its_reason()
    {
        using var site = Book(wireReports: false);
        Note(site, "conflict", ("envoy-talks", "in Kabul on Monday"), ("wire-talks", "in Herat on Tuesday"));
        var result = site.Build();
        Assert.True(result.Succeeded);

        var model = (BriefingBook.Rendering.Views.EventView)BriefingBook.Rendering.Pages.EventPages.Build(result.Book!, result.Book!.EventsById["envoy-meets-minister"], false).Model;

        var mark = Assert.Single(model.Marks);
        Assert.Equal(("contradicted", "contradicted by other sources", "../../notes/index.html#note-a-note"), (mark.Kind, mark.Label, mark.Href));
        Assert.False(model.Contested);
    }
}
