using BriefingBook.Analysis;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering.Graphics;

/// <summary>
/// One mark on the timeline: an event (<see cref="Event"/> set) drawn from <see cref="X0"/> to <see cref="X1"/> in
/// lane <see cref="Lane"/>, or a whole chronology section (<see cref="Event"/> null, <see cref="Count"/> events)
/// when the period is too crowded to draw its events one by one.
/// </summary>
public sealed record TimelineMark(
    Event? Event,
    ChronologyGroup Group,
    int Count,
    TimelineMarkShape Shape,
    double X0,
    double X1,
    int Lane);
