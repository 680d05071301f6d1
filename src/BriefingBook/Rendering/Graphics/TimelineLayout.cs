using System.Globalization;
using BriefingBook.Analysis;
using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering.Graphics;

/// <summary>
/// Where each event goes on the timeline. Every event is drawn over its whole extent (a year-dated event over its
/// year, a span over its span), never as a false point, in the first lane where it does not touch the one
/// before. A chronology section (a year, or a decade or century of coarse dates) whose events do not fit in the
/// lanes is drawn as one bar with its count instead, linking to that section of the chronology, so a book of
/// thousands of events stays legible and every event is still reachable: directly, or through its section.
/// </summary>
public sealed class TimelineLayout
{
    public const double Width = 960;
    public const double Left = 12;
    public const double Right = Width - 12;

    /// <summary>How many rows of single events are drawn at most.</summary>
    public const int MaxLanes = 12;

    /// <summary>The narrowest a bar is drawn, so a month in a long book stays visible and clickable.</summary>
    public const double MinBar = 4;

    /// <summary>Room around a mark that another mark in its lane may not take.</summary>
    private const double Gap = 2;

    /// <summary>A dot's radius.</summary>
    public const double PointRadius = 3.5;

    private TimelineLayout(TimeAxis axis, IReadOnlyList<TimelineMark> marks, int lanes)
    {
        Axis = axis;
        Marks = marks;
        Lanes = lanes;
    }

    public TimeAxis Axis { get; }

    /// <summary>Single events first (in chronology order), then the sections drawn as counts.</summary>
    public IReadOnlyList<TimelineMark> Marks { get; }

    /// <summary>How many lanes of single events are used (0 when every section is drawn as a count).</summary>
    public int Lanes { get; }

    public bool IsEmpty => Marks.Count == 0;

    /// <summary>Lays out the chronology's sections, as <see cref="AnalysedBook.Years"/> gives them.</summary>
    public static TimelineLayout Of(IReadOnlyList<ChronologyGroup> groups)
    {
        var events = groups.SelectMany(g => g.Events).Distinct().ToArray();
        var occupied = new Dictionary<int, int>();
        var first = int.MaxValue;
        var last = int.MinValue;
        foreach (var ev in events)
        {
            var (from, to) = Extent(ev.Date);
            first = Math.Min(first, (int)Math.Floor(from));
            last = Math.Max(last, (int)Math.Ceiling(to) - 1);
            // Decades and centuries claim no room: they are vague, and would widen the years they only might mean.
            if (ev.Date.Precision <= DatePrecision.Decade) continue;
            occupied[ev.Date.Start.Year] = occupied.GetValueOrDefault(ev.Date.Start.Year) + 1;
            if (ev.Date.IsRange && ev.Date.End.Year != ev.Date.Start.Year)
                occupied[ev.Date.End.Year] = occupied.GetValueOrDefault(ev.Date.End.Year) + 1;
        }

        foreach (var group in groups)
        {
            var (from, to) = GroupExtent(group);
            first = Math.Min(first, from);
            last = Math.Max(last, to - 1);
        }

        if (events.Length == 0) return new TimelineLayout(new TimeAxis(2000, 2000, occupied, Left, Right), [], 0);
        var axis = new TimeAxis(first, last, occupied, Left, Right);

        // A section with more events than its width can hold in the lanes is counted, not drawn; then any
        // section with an event that found no lane is counted too, until every single event has a lane.
        var counted = new HashSet<ChronologyGroup>();
        foreach (var group in groups)
        {
            var (from, to) = GroupExtent(group);
            var room = Math.Max(1, (axis.Map(to) - axis.Map(from)) / (MinBar + Gap));
            if (group.Events.Count > MaxLanes * room) counted.Add(group);
        }

        while (true)
        {
            var (single, overflow) = Place(groups, counted, axis);
            if (overflow is null)
            {
                var marks = new List<TimelineMark>(single);
                foreach (var group in groups.Where(counted.Contains))
                {
                    var (from, to) = GroupExtent(group);
                    marks.Add(new TimelineMark(null, group, group.Events.Count, TimelineMarkShape.Aggregate, axis.Map(from), Math.Max(axis.Map(to), axis.Map(from) + MinBar), -1));
                }

                return new TimelineLayout(axis, marks, single.Count == 0 ? 0 : single.Max(m => m.Lane) + 1);
            }

            counted.Add(overflow);
        }
    }

    /// <summary>The moment an event's date starts and the moment it ends, in years; a span from its start's first day to its end's last.</summary>
    public static (double From, double To) Extent(PartialDate date)
    {
        var from = TimeAxis.YearsAt(date.Start.Earliest);
        var to = TimeAxis.YearsAfter(date.IsRange ? date.End.Latest : date.Start.Latest);
        return (from, to);
    }

    /// <summary>The years a chronology section covers: its year, decade or century (from its anchor, y2021, d1990, c1801).</summary>
    public static (int From, int To) GroupExtent(ChronologyGroup group)
    {
        var anchor = group.Anchor;
        if (anchor.Length > 1 && int.TryParse(anchor.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            switch (anchor[0])
            {
                case 'y': return (year, year + 1);
                case 'd': return (year, year + 10);
                case 'c': return (year, year + 100);
            }
        }

        // A section named some other way: the years its events start in.
        var start = group.Events.Count == 0 ? 2000 : group.Events.Min(e => e.Date.Start.Year);
        var end = group.Events.Count == 0 ? 2001 : group.Events.Max(e => e.Date.Start.Year) + 1;
        return (start, end);
    }

    private static (List<TimelineMark> Marks, ChronologyGroup? Overflow) Place(IReadOnlyList<ChronologyGroup> groups, HashSet<ChronologyGroup> counted, TimeAxis axis)
    {
        var marks = new List<TimelineMark>();
        var laneEnds = new double[MaxLanes];
        Array.Fill(laneEnds, double.NegativeInfinity);
        var drawn = new HashSet<Event>();
        foreach (var group in groups)
        {
            if (counted.Contains(group)) continue;
            foreach (var ev in group.Events)
            {
                // An event filed under two sections (a span, where it starts and where it ends) is drawn once.
                if (!drawn.Add(ev)) continue;
                var (shape, x0, x1) = Geometry(ev.Date, axis);
                var lane = Array.FindIndex(laneEnds, end => end + Gap <= x0);
                if (lane < 0) return (marks, group);
                laneEnds[lane] = x1;
                marks.Add(new TimelineMark(ev, group, 1, shape, x0, x1, lane));
            }
        }

        // Marks are placed in chronology order; the lanes fill left to right, so a later mark never needs a lane freed earlier.
        return (marks, null);
    }

    private static (TimelineMarkShape Shape, double X0, double X1) Geometry(PartialDate date, TimeAxis axis)
    {
        var (from, to) = Extent(date);
        var x0 = axis.Map(from);
        var x1 = axis.Map(to);
        var shape = date.Approximate || date.Precision <= DatePrecision.Decade ? TimelineMarkShape.Fuzzy
            : !date.IsRange && date.Precision == DatePrecision.Day ? TimelineMarkShape.Point
            : TimelineMarkShape.Bar;
        if (shape == TimelineMarkShape.Point || (shape == TimelineMarkShape.Fuzzy && date is { IsRange: false, Precision: DatePrecision.Day }))
        {
            var centre = (x0 + x1) / 2;
            return (shape, centre - PointRadius, centre + PointRadius);
        }

        if (x1 - x0 < MinBar)
        {
            // Widened about its middle, so the mark stays over the period it means.
            var centre = (x0 + x1) / 2;
            return (shape, centre - MinBar / 2, centre + MinBar / 2);
        }

        return (shape, x0, x1);
    }
}
