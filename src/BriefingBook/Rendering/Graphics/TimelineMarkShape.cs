namespace BriefingBook.Rendering.Graphics;

/// <summary>How a timeline mark is drawn, which says how precise the date behind it is.</summary>
public enum TimelineMarkShape
{
    /// <summary>A known day: a dot.</summary>
    Point,

    /// <summary>A month, a year or a span between two of those: a bar over the whole of it.</summary>
    Bar,

    /// <summary>A decade, a century or an approximate date: a faint bar with a dashed edge over its extent.</summary>
    Fuzzy,

    /// <summary>Too many events to draw one by one: a bar over the period with the count, linking to its section of the chronology.</summary>
    Aggregate,
}
