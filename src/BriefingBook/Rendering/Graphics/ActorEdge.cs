namespace BriefingBook.Rendering.Graphics;

/// <summary>
/// A line on the actor map between the nodes at <see cref="From"/> and <see cref="To"/> (indexes into the graph's
/// nodes, <see cref="From"/> the smaller): the sentences naming both and the events both take part in.
/// </summary>
public sealed record ActorEdge(int From, int To, int Sentences, int Events)
{
    public int Strength => Sentences + Events;
}
