namespace BriefingBook.Rendering.Graphics;

/// <summary>
/// A stretch of the timeline's axis: the years <see cref="From"/> up to (not including) <see cref="To"/>, drawn from
/// <see cref="X0"/> to <see cref="X1"/>. A break is a run of years with nothing starting or ending in it, squeezed
/// and drawn as a break so the reader is not led to think the scale is the same.
/// </summary>
public sealed record AxisSegment(int From, int To, double X0, double X1, bool IsBreak, int Events)
{
    public double Map(double year) => X0 + (X1 - X0) * (year - From) / (To - From);
}
