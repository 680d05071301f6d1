using System.Xml.Linq;
using BriefingBook.Analysis;
using BriefingBook.Content.Dates;
using BriefingBook.Rendering;
using BriefingBook.Rendering.Graphics;
using BriefingBook.Rendering.Pages;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Tests.Graphics;

/// <summary>
/// The timeline: where dates of every precision land, when crowded sections are counted, and that the SVG on the
/// home page and the chronology is well-formed, script-free, and leads to every event of the real book.
/// </summary>
public sealed class TimelineTests : IClassFixture<GraphicsFixture>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly GraphicsFixture _built;

    public TimelineTests(GraphicsFixture built) => _built = built;

    [Theory]
    [InlineData("2025-04-21")]
    [InlineData("2025-04")]
    [InlineData("2024")]
    [InlineData("1990s")]
    [InlineData("19th century")]
    [InlineData("2021-08..2025-07")]
    [InlineData("2003..2025-04")]
    [InlineData("2025-04..2025-05")]
    public void Each_precision_is_drawn_within_the_period_it_means(string date)
    {
        // The date among others of every kind, so the axis has breaks and years of different widths.
        var events = new[] { "1801", "1921", "1989", "2003-05-01", "2021-08-15", "2022-03", "2024-07", "2025-07-03", "2025-12-02" }
            .Select((d, i) => SyntheticEvents.Make("other" + i, d)).Append(SyntheticEvents.Make("it", date)).ToArray();
        var layout = TimelineLayout.Of(SyntheticEvents.Sections(events));

        var mark = Assert.Single(layout.Marks, m => m.Event?.Id == "it");
        var (from, to) = TimelineLayout.Extent(PartialDate.Parse(date));
        var x0 = layout.Axis.Map(from);
        var x1 = layout.Axis.Map(to);
        var middle = (mark.X0 + mark.X1) / 2;
        Assert.InRange(middle, x0, x1);
        if (x1 - x0 >= TimelineLayout.MinBar) Assert.True(mark.X0 >= x0 - 0.001 && mark.X1 <= x1 + 0.001, $"{date}: mark {mark.X0}–{mark.X1} outside {x0}–{x1}");
        var precision = PartialDate.Parse(date);
        var expected = precision.Precision <= DatePrecision.Decade ? TimelineMarkShape.Fuzzy
            : precision.Precision == DatePrecision.Day && !precision.IsRange ? TimelineMarkShape.Point
            : TimelineMarkShape.Bar;
        Assert.Equal(expected, mark.Shape);
    }

    [Fact]
    public void An_approximate_date_is_drawn_fuzzy_over_its_extent_not_as_a_point()
    {
        var ev = SyntheticEvents.Make("it", "2023-09-13");
        ev = ev with { Date = ev.Date.AsApproximate(true) };
        var layout = TimelineLayout.Of(SyntheticEvents.Sections([ev, SyntheticEvents.Make("b", "2021")]));
        Assert.Equal(TimelineMarkShape.Fuzzy, Assert.Single(layout.Marks, m => m.Event == ev).Shape);
    }

    [Fact]
    public void Long_empty_stretches_become_marked_breaks_and_the_axis_keeps_order()
    {
        var events = new[] { "19th century", "1921", "2021", "2022-05", "2023-01-02", "2024", "2025-07-03" }.Select((d, i) => SyntheticEvents.Make("e" + i, d));
        var axis = TimelineLayout.Of(SyntheticEvents.Sections(events)).Axis;

        var breaks = axis.Segments.Where(s => s.IsBreak).ToArray();
        Assert.Contains(breaks, b => b.From == 1922 && b.To == 2021);
        Assert.Contains(breaks, b => b.From == 1801 && b.To == 1921);
        // The squeezed 99 years take less room than one year with events in it.
        var year2021 = Assert.Single(axis.Segments, s => s.From == 2021);
        var gap = Assert.Single(breaks, b => b.From == 1922);
        Assert.True(gap.X1 - gap.X0 < 3 * (year2021.X1 - year2021.X0));
        for (var t = 1801.0; t < 2026; t += 0.25) Assert.True(axis.Map(t) <= axis.Map(t + 0.25));
    }

    [Fact]
    public void A_crowded_book_is_counted_by_year_and_every_event_stays_reachable()
    {
        // 3,000 events in five years, and a few old ones that still fit.
        var events = Enumerable.Range(0, 3000).Select(i => SyntheticEvents.Make("e" + i, $"{2020 + i % 5}-{1 + i % 12:D2}-{1 + i % 28:D2}"))
            .Concat([SyntheticEvents.Make("old1", "1921"), SyntheticEvents.Make("old2", "1989..1999")]).ToArray();
        var sections = SyntheticEvents.Sections(events);
        var layout = TimelineLayout.Of(sections);

        var counted = layout.Marks.Where(m => m.Shape == TimelineMarkShape.Aggregate).ToArray();
        Assert.Equal(5, counted.Length);
        Assert.All(counted, m => Assert.Equal(600, m.Count));
        Assert.True(layout.Lanes <= TimelineLayout.MaxLanes);
        Assert.Contains(layout.Marks, m => m.Event?.Id == "old1");
        AssertEveryEventReachable(layout, events);

        var svg = TimelineSvg.Render(layout, new Links(SiteUrls.Chronology, false))!;
        var doc = XDocument.Parse(svg);
        Assert.True(svg.Length < 40_000, $"{svg.Length} characters");
        Assert.Contains(doc.Descendants(Svg + "a"), a => (string?)a.Attribute("href") == "#y2022");
    }

    [Fact]
    public void A_book_without_events_has_no_timeline()
    {
        Assert.True(TimelineLayout.Of([]).IsEmpty);
        Assert.Null(TimelineSvg.Render(TimelineLayout.Of([]), new Links("", false)));
    }

    [Fact]
    public void The_real_books_timeline_is_well_formed_script_free_and_leads_to_every_event()
    {
        var book = _built.RealBook;
        var home = (HomeView)HomePage.Build(book, false).Model;
        var chronology = (ChronologyView)ChronologyPage.Build(book, false).Model;
        foreach (var (page, svg) in new[] { (SiteUrls.Home, home.TimelineSvg!), (SiteUrls.Chronology, chronology.TimelineSvg!) })
        {
            var doc = XDocument.Parse(svg);
            Assert.Null(ScriptFreeHtml.FindScript(svg));
            Assert.Equal("group", (string?)doc.Root!.Attribute("role"));
            Assert.False(string.IsNullOrWhiteSpace((string?)doc.Root.Attribute("aria-label")));
            var links = doc.Descendants(Svg + "a").ToArray();
            Assert.All(links, a => Assert.False(string.IsNullOrWhiteSpace(a.Element(Svg + "title")?.Value)));
            var hrefs = links.Select(a => (string)a.Attribute("href")!).ToHashSet();
            foreach (var ev in book.Chronology)
            {
                var direct = GraphicsFixture.Resolve(page, new Links(page, false).To(SiteUrls.Event(ev.Id)));
                var section = GraphicsFixture.Resolve(page, new Links(page, false).To(SiteUrls.Chronology, book.YearOf(ev).Anchor));
                Assert.True(hrefs.Any(h => GraphicsFixture.Resolve(page, h) == direct || GraphicsFixture.Resolve(page, h) == section), $"{page}: no mark leads to {ev.Id}");
            }

            foreach (var href in hrefs) _built.AssertResolves(page, href);
        }
    }

    [Fact]
    public void Pretty_links_on_the_timeline_resolve_too()
    {
        var book = _built.RealBook;
        var svg = ((ChronologyView)ChronologyPage.Build(book, true).Model).TimelineSvg!;
        var hrefs = XDocument.Parse(svg).Descendants(Svg + "a").Select(a => (string)a.Attribute("href")!).ToArray();
        Assert.All(hrefs, h => Assert.DoesNotContain("index.html", h));
        foreach (var href in hrefs) _built.AssertResolves(SiteUrls.Chronology, href);
    }

    private static void AssertEveryEventReachable(TimelineLayout layout, IEnumerable<BriefingBook.Content.Model.Event> events)
    {
        var direct = layout.Marks.Where(m => m.Event is not null).Select(m => m.Event!).ToHashSet();
        var viaSection = layout.Marks.Where(m => m.Event is null).SelectMany(m => m.Group.Events).ToHashSet();
        Assert.All(events, e => Assert.True(direct.Contains(e) || viaSection.Contains(e), e.Id));
    }
}
