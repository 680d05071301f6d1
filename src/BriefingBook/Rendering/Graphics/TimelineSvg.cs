using System.Globalization;
using BriefingBook.Analysis;

namespace BriefingBook.Rendering.Graphics;

/// <summary>
/// Draws a <see cref="TimelineLayout"/> as inline SVG: a legend, the lanes of single events, the counted sections,
/// and the axis with its breaks. Every mark is a link (an event's page, or a section of the chronology) with a
/// <c>title</c> saying what it is and when; colours come from the stylesheet through classes and
/// <c>currentColor</c>, so light and dark themes both work. No script: the picture is drawn once, at build time.
/// </summary>
internal static class TimelineSvg
{
    private const double LaneHeight = 12;
    private const double BarHeight = 8;
    private const double LegendHeight = 26;
    private const double CountBand = 46;
    private const double AxisRoom = 30;
    private const double MinLabelSpacing = 34;

    /// <summary>The timeline of the whole book, linked from the page at <paramref name="links"/>; null for a book with no events.</summary>
    public static string? Render(AnalysedBook book, Links links) => Render(TimelineLayout.Of(book.Years), links);

    public static string? Render(TimelineLayout layout, Links links)
    {
        if (layout.IsEmpty) return null;
        var counted = layout.Marks.Where(m => m.Shape == TimelineMarkShape.Aggregate).ToArray();
        var single = layout.Marks.Where(m => m.Shape != TimelineMarkShape.Aggregate).ToArray();
        var lanesTop = LegendHeight;
        var lanesBottom = lanesTop + layout.Lanes * LaneHeight;
        var countTop = lanesBottom + (counted.Length > 0 ? 4 : 0);
        var countBottom = countTop + (counted.Length > 0 ? CountBand : 0);
        var axisY = countBottom + 6;
        var height = axisY + AxisRoom;

        var events = single.Length;
        var summary = counted.Length == 0
            ? $"Timeline of {Pages.Views.Count(events, "event")}, {layout.Axis.First}–{layout.Axis.End - 1}"
            : $"Timeline of {Pages.Views.Count(layout.Marks.Sum(m => m.Count), "event")}, {layout.Axis.First}–{layout.Axis.End - 1}; crowded periods are counted, each count links to its part of the chronology";
        var svg = new SvgMarkup();
        svg.Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "bb-graphic bb-timeline"),
            ("viewBox", $"0 0 {SvgMarkup.Number(TimelineLayout.Width)} {SvgMarkup.Number(height)}"),
            ("width", N(TimelineLayout.Width)),
            ("height", N(height)),
            ("role", "group"),
            ("aria-label", summary),
            ("font-size", "11"));
        svg.Text("title", summary);

        Legend(svg, single, counted.Length > 0, layout.Axis.Segments.Any(s => s.IsBreak));

        // Breaks first, behind everything: a pale band over the squeezed years.
        foreach (var segment in layout.Axis.Segments.Where(s => s.IsBreak))
        {
            svg.Open("g", ("class", "tl-break"));
            svg.Text("title", $"{segment.From}–{segment.To - 1}: nothing starts or ends in these {segment.To - segment.From} years, so the axis is cut short here");
            svg.Empty("rect", ("x", N(segment.X0)), ("y", N(lanesTop - 4)), ("width", N(segment.X1 - segment.X0)), ("height", N(axisY - lanesTop + 4)),
                ("fill", "currentColor"), ("fill-opacity", "0.06"));
            svg.Close();
        }

        foreach (var mark in single) Single(svg, mark, links, lanesTop);
        if (counted.Length > 0)
        {
            var max = counted.Max(m => m.Count);
            foreach (var mark in counted) Count(svg, mark, links, countTop, countBottom, max);
        }

        Axis(svg, layout.Axis, axisY);
        svg.Close();
        return svg.ToString();
    }

    private static void Single(SvgMarkup svg, TimelineMark mark, Links links, double lanesTop)
    {
        var ev = mark.Event!;
        var date = ev.Date.ToDisplay();
        var what = mark.Shape switch
        {
            TimelineMarkShape.Point => "",
            TimelineMarkShape.Fuzzy => " (drawn over the whole period the date may mean)",
            _ => ev.Date.IsRange ? " (a span)" : "",
        };
        var cy = lanesTop + mark.Lane * LaneHeight + LaneHeight / 2;
        svg.Open("a", ("href", links.To(SiteUrls.Event(ev.Id))), ("class", "tl-mark tl-" + mark.Shape.ToString().ToLowerInvariant()));
        svg.Text("title", $"{date}: {ev.Title}{what}");
        if (mark.Shape == TimelineMarkShape.Fuzzy && ev.Date is { IsRange: false, Precision: Content.Dates.DatePrecision.Day })
        {
            // "c. 3 July 2025": about that day, so a faint dot with a dashed ring rather than a solid one.
            svg.Empty("circle", ("cx", N((mark.X0 + mark.X1) / 2)), ("cy", N(cy)), ("r", N(TimelineLayout.PointRadius)),
                ("fill", "currentColor"), ("fill-opacity", "0.3"), ("stroke", "currentColor"), ("stroke-dasharray", "2 1.2"));
        }
        else if (mark.Shape == TimelineMarkShape.Point)
        {
            svg.Empty("circle", ("cx", N((mark.X0 + mark.X1) / 2)), ("cy", N(cy)), ("r", N(TimelineLayout.PointRadius)), ("fill", "currentColor"));
        }
        else
        {
            var fuzzy = mark.Shape == TimelineMarkShape.Fuzzy;
            svg.Empty("rect", ("x", N(mark.X0)), ("y", N(cy - BarHeight / 2)), ("width", N(mark.X1 - mark.X0)), ("height", N(BarHeight)), ("rx", "2"),
                ("fill", "currentColor"), ("fill-opacity", fuzzy ? "0.3" : null),
                ("stroke", fuzzy ? "currentColor" : null), ("stroke-dasharray", fuzzy ? "3 2" : null));
        }

        svg.Close();
    }

    private static void Count(SvgMarkup svg, TimelineMark mark, Links links, double top, double bottom, int max)
    {
        var group = mark.Group;
        var room = bottom - top - 12;
        var h = 4 + (room - 4) * Math.Log(1 + mark.Count) / Math.Log(1 + max);
        var width = mark.X1 - mark.X0;
        svg.Open("a", ("href", links.To(SiteUrls.Chronology, group.Anchor)), ("class", "tl-mark tl-count"));
        svg.Text("title", $"{group.Label}: {Pages.Views.Count(mark.Count, "event")}; open {group.Label} in the chronology");
        svg.Empty("rect", ("x", N(mark.X0 + 0.5)), ("y", N(bottom - h)), ("width", N(Math.Max(1, width - 1))), ("height", N(h)),
            ("fill", "currentColor"), ("fill-opacity", "0.55"));
        var label = mark.Count.ToString(CultureInfo.InvariantCulture);
        if (width >= label.Length * 5.5 + 2)
            svg.Text("text", label, ("x", N(mark.X0 + width / 2)), ("y", N(bottom - h - 3)), ("text-anchor", "middle"), ("font-size", "9"), ("fill", "currentColor"));
        svg.Close();
    }

    private static void Axis(SvgMarkup svg, TimeAxis axis, double y)
    {
        svg.Open("g", ("class", "tl-axis"), ("aria-hidden", "true"));
        foreach (var s in axis.Segments)
        {
            svg.Empty("line", ("x1", N(s.X0)), ("y1", N(y)), ("x2", N(s.X1)), ("y2", N(y)), ("stroke", "currentColor"),
                ("stroke-dasharray", s.IsBreak ? "2 3" : null));
            if (s.IsBreak)
            {
                // The conventional break sign: two short slants across the axis.
                var mid = (s.X0 + s.X1) / 2;
                svg.Empty("path", ("d", $"M{N(mid - 5)} {N(y + 5)}L{N(mid - 1)} {N(y - 5)}M{N(mid + 1)} {N(y + 5)}L{N(mid + 5)} {N(y - 5)}"),
                    ("stroke", "currentColor"), ("fill", "none"));
            }
        }

        // Ticks at the start of every year and of every break. Labels go first to years with events (and the axis's
        // two ends), then to breaks' edges where there is still room, so "2003" is not lost to the break before it.
        var ticks = axis.Segments.Select(s => (Year: s.From, X: s.X0, Rank: s.IsBreak ? 2 : 1))
            .Append((Year: axis.End, X: axis.Segments[^1].X1, Rank: 0)).ToArray();
        ticks[0].Rank = 0;
        foreach (var (_, x, _) in ticks)
            svg.Empty("line", ("x1", N(x)), ("y1", N(y)), ("x2", N(x)), ("y2", N(y + 4)), ("stroke", "currentColor"));
        var labelled = new List<double>();
        foreach (var (year, x, _) in ticks.OrderBy(t => t.Rank).ThenBy(t => t.X))
        {
            if (labelled.Any(other => Math.Abs(other - x) < MinLabelSpacing)) continue;
            labelled.Add(x);
            svg.Text("text", year.ToString(CultureInfo.InvariantCulture), ("x", N(x)), ("y", N(y + 16)),
                ("text-anchor", x == ticks[0].X ? "start" : x == ticks[^1].X ? "end" : "middle"), ("fill", "currentColor"));
        }

        svg.Close();
    }

    private static void Legend(SvgMarkup svg, TimelineMark[] single, bool counts, bool breaks)
    {
        svg.Open("g", ("class", "tl-legend"));
        var x = TimelineLayout.Left;
        const double y = 12;
        void Item(string text, Action<double> draw)
        {
            draw(x);
            svg.Text("text", text, ("x", N(x + 16)), ("y", N(y + 4)), ("fill", "currentColor"));
            x += 16 + text.Length * 6 + 14;
        }

        if (single.Any(m => m.Shape == TimelineMarkShape.Point))
            Item("a day", at => svg.Empty("circle", ("cx", N(at + 5)), ("cy", N(y)), ("r", N(TimelineLayout.PointRadius)), ("fill", "currentColor")));
        if (single.Any(m => m.Shape == TimelineMarkShape.Bar))
            Item("a month, a year or a span", at => svg.Empty("rect", ("x", N(at)), ("y", N(y - 4)), ("width", "12"), ("height", "8"), ("rx", "2"), ("fill", "currentColor")));
        if (single.Any(m => m.Shape == TimelineMarkShape.Fuzzy))
            Item("approximate, a decade or a century", at => svg.Empty("rect", ("x", N(at)), ("y", N(y - 4)), ("width", "12"), ("height", "8"), ("rx", "2"),
                ("fill", "currentColor"), ("fill-opacity", "0.3"), ("stroke", "currentColor"), ("stroke-dasharray", "3 2")));
        if (counts)
            Item("events of a crowded period, counted", at => svg.Empty("rect", ("x", N(at + 2)), ("y", N(y - 6)), ("width", "8"), ("height", "11"),
                ("fill", "currentColor"), ("fill-opacity", "0.55")));
        if (breaks)
            Item("years left out", at => svg.Empty("path", ("d", $"M{N(at + 1)} {N(y + 5)}L{N(at + 5)} {N(y - 5)}M{N(at + 7)} {N(y + 5)}L{N(at + 11)} {N(y - 5)}"),
                ("stroke", "currentColor"), ("fill", "none")));
        svg.Close();
    }

    private static string N(double value) => SvgMarkup.Number(value);
}
